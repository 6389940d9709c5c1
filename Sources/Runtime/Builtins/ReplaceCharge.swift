/// The memory check of `str.replace`, `bytes.replace` and
/// `bytearray.replace`, made before the result is built.
///
/// A replacement's result can be far larger than its operands
/// (`(b'a' * 10**5).replace(b'', b'b' * 10**4)` is 1 GB), and the loop that
/// builds it runs no check of its own, so the growth is charged up front.
/// The cheap bound (every possible match replaced) is charged when it is
/// small; a large one is replaced by the exact number of replacements (one
/// linear search), so `('a' * 10**6 + 'x').replace('x', 'b' * 1000)` is not
/// refused for matches that do not exist.
extension Interpreter {
    /// Charges the growth of replacing `oldCount`-element matches by
    /// `newCount` elements of `elementSize` bytes in a text of `length`
    /// elements, at most `count` times (negative: all). `occurrences`
    /// counts the non-overlapping matches of a non-empty pattern.
    func chargeReplace(length: Int, oldCount: Int, newCount: Int, count: Int, elementSize: Int,
                       occurrences: () -> Int) throws {
        guard newCount > oldCount, count != 0 else { return }
        let limit = count < 0 ? Int.max : count
        let perMatch = newCount - oldCount
        let (perMatchBytes, overflow) = perMatch.multipliedReportingOverflow(by: elementSize)
        if overflow { throw LimitExceeded(name: "memory", value: limits.memoryBytes) }
        var matches = min(limit, oldCount == 0 ? length + 1 : length / oldCount)
        let (bound, boundOverflow) = matches.multipliedReportingOverflow(by: perMatchBytes)
        if boundOverflow || bound >= 65536, oldCount > 0 { matches = min(limit, occurrences()) }
        try charge(matches, times: perMatchBytes)
    }
}

/// `bytes * n` and `bytearray * n`: the unit copied once, then the filled
/// prefix doubled, a few dozen `memcpy`s whatever `n` is. (Joining `n`
/// copies of the unit went element by element: `b'x' * 10**6` took 36 ms,
/// so a loop of such products ran seconds past the wall limit between two
/// instruction checks.)
public enum ByteRepetition {
    /// `unit` repeated `count` times (none for a count of zero or less), or
    /// nil when the length does not fit an `Int`.
    public static func repeated(_ unit: [UInt8], _ count: Int) -> [UInt8]? {
        guard count > 0, !unit.isEmpty else { return [] }
        let (total, overflow) = unit.count.multipliedReportingOverflow(by: count)
        if overflow { return nil }
        if count == 1 { return unit }
        return [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
            guard let base = out.baseAddress else { return }
            fill(base, total: total, with: unit)
            initialized = total
        }
    }

    /// Initializes `total` bytes at `base` with `unit` repeated (the last
    /// copy cut short when `total` is not a multiple): the unit once, then
    /// the filled prefix doubled. `unit` must not be empty.
    public static func fill(_ base: UnsafeMutablePointer<UInt8>, total: Int, with unit: [UInt8]) {
        unit.withUnsafeBufferPointer { u in
            if let src = u.baseAddress { base.initialize(from: src, count: min(unit.count, total)) }
        }
        var filled = min(unit.count, total)
        while filled < total {
            let n = min(filled, total - filled)
            (base + filled).initialize(from: base, count: n)
            filled += n
        }
    }
}

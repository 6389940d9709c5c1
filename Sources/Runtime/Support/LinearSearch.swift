/// Substring search with a linear worst case, for every `find`, `count`,
/// `replace`, `split`, `in` of `str` and `bytes`.
///
/// DESIGN: the plain scan (compare the pattern at each position) is the
/// fastest on ordinary text but takes n·m steps on inputs built to defeat
/// it (`('a' * 10**5).find('a' * 50_000 + 'b')`: 5·10⁹ comparisons, which
/// no wall limit can interrupt). So the scan counts its comparisons, and
/// once they exceed a constant times the positions it has passed (plus the
/// pattern length) it continues from where it is with Knuth–Morris–Pratt,
/// which never compares a text element more than twice. A search therefore
/// costs O(distance to the match + m), so repeated searches (`count`,
/// `replace`, `split`) stay linear in the text too.
public enum LinearSearch {
    /// Comparisons per passed position the plain scan may spend.
    static let scanBudget = 8

    /// The first `i` in `lo...hi - m` where `pattern` occurs in `text`, or -1.
    public static func first<E: Equatable>(_ text: UnsafeBufferPointer<E>, _ pattern: UnsafeBufferPointer<E>,
                                           from lo: Int, to hi: Int) -> Int {
        let m = pattern.count
        if m == 0 { return lo <= hi ? lo : -1 }
        if hi - lo < m { return -1 }
        let head = pattern[0]
        var work = 0
        var i = lo
        let last = hi - m
        while i <= last {
            if text[i] == head {
                var k = 1
                while k < m && text[i + k] == pattern[k] { k += 1 }
                if k == m { return i }
                work += k
                if work > scanBudget * (i - lo) + 4 * m + 64 {
                    return knuthMorrisPratt(text, pattern, from: i, to: hi)
                }
            }
            i += 1
        }
        return -1
    }

    /// The last `i` in `lo...hi - m` where `pattern` occurs in `text`, or -1.
    public static func last<E: Equatable>(_ text: UnsafeBufferPointer<E>, _ pattern: UnsafeBufferPointer<E>,
                                          from lo: Int, to hi: Int) -> Int {
        let m = pattern.count
        if m == 0 { return lo <= hi ? hi : -1 }
        if hi - lo < m { return -1 }
        let tail = pattern[m - 1]
        var work = 0
        var i = hi - m
        while i >= lo {
            if text[i + m - 1] == tail {
                var k = m - 2
                while k >= 0 && text[i + k] == pattern[k] { k -= 1 }
                if k < 0 { return i }
                work += m - 1 - k
                if work > scanBudget * (hi - m - i) + 4 * m + 64 {
                    // The same search on the reversed window and pattern.
                    let window = Array(text[lo..<(i + m)].reversed()), reversed = Array(pattern.reversed())
                    let j = window.withUnsafeBufferPointer { w in
                        reversed.withUnsafeBufferPointer { p in knuthMorrisPratt(w, p, from: 0, to: w.count) }
                    }
                    return j < 0 ? -1 : i + m - j - m
                }
            }
            i -= 1
        }
        return -1
    }

    /// Knuth–Morris–Pratt: the first occurrence of `pattern` (non-empty)
    /// starting in `lo..<hi - m + 1`, or -1; at most 2(hi - lo) + 2m steps.
    static func knuthMorrisPratt<E: Equatable>(_ text: UnsafeBufferPointer<E>, _ pattern: UnsafeBufferPointer<E>,
                                               from lo: Int, to hi: Int) -> Int {
        let m = pattern.count
        var border = [Int](repeating: 0, count: m)
        var k = 0
        var q = 1
        while q < m {
            while k > 0 && pattern[q] != pattern[k] { k = border[k - 1] }
            if pattern[q] == pattern[k] { k += 1 }
            border[q] = k
            q += 1
        }
        k = 0
        var i = lo
        while i < hi {
            while k > 0 && text[i] != pattern[k] { k = border[k - 1] }
            if text[i] == pattern[k] { k += 1 }
            if k == m { return i - m + 1 }
            i += 1
        }
        return -1
    }
}

extension LinearSearch {
    /// `first` over arrays.
    public static func first<E: Equatable>(_ text: [E], _ pattern: [E], from lo: Int, to hi: Int) -> Int {
        text.withUnsafeBufferPointer { t in pattern.withUnsafeBufferPointer { p in first(t, p, from: lo, to: hi) } }
    }

    /// `last` over arrays.
    public static func last<E: Equatable>(_ text: [E], _ pattern: [E], from lo: Int, to hi: Int) -> Int {
        text.withUnsafeBufferPointer { t in pattern.withUnsafeBufferPointer { p in last(t, p, from: lo, to: hi) } }
    }
}

/// Substring search methods of Python's `str`, over code points, with
/// CPython 3.11's index rules (`ADJUST_INDICES`, the empty-substring cases
/// such as `'abc'.find('', 4) == -1` and `'abc'.count('') == 4`):
/// find, rfind, index, rindex, count, startswith, endswith, replace,
/// partition, rpartition.
public enum StrAlgorithms {
    /// A Python string as the VM indexes it: one element per code point.
    public typealias Scalars = [Unicode.Scalar]

    /// Python's `ADJUST_INDICES`: slice-style start/end clamped to `length`.
    public static func adjust(start: Int?, end: Int?, length: Int) -> (Int, Int) {
        var s = start ?? 0
        var e = end ?? length
        if e > length { e = length } else if e < 0 { e += length; if e < 0 { e = 0 } }
        if s < 0 { s += length; if s < 0 { s = 0 } }
        return (s, e)
    }

    static func matches(_ s: Scalars, _ sub: Scalars, at i: Int) -> Bool {
        var k = 0
        while k < sub.count {
            if s[i + k] != sub[k] { return false }
            k += 1
        }
        return true
    }

    /// `s.find(sub, start, end)`: lowest index or -1.
    public static func find(_ s: Scalars, _ sub: Scalars, start: Int? = nil, end: Int? = nil) -> Int {
        let (lo, hi) = adjust(start: start, end: end, length: s.count)
        if hi - lo < sub.count { return -1 }
        return LinearSearch.first(s, sub, from: lo, to: hi)
    }

    /// `s.rfind(sub, start, end)`: highest index or -1.
    public static func rfind(_ s: Scalars, _ sub: Scalars, start: Int? = nil, end: Int? = nil) -> Int {
        let (lo, hi) = adjust(start: start, end: end, length: s.count)
        if hi - lo < sub.count { return -1 }
        return LinearSearch.last(s, sub, from: lo, to: hi)
    }

    /// `s.index(sub, start, end)`: like `find` but raises `ValueError`.
    public static func index(_ s: Scalars, _ sub: Scalars, start: Int? = nil, end: Int? = nil) throws -> Int {
        let found = find(s, sub, start: start, end: end)
        if found < 0 { throw PyFailure.value("substring not found") }
        return found
    }

    /// `s.rindex(sub, start, end)`.
    public static func rindex(_ s: Scalars, _ sub: Scalars, start: Int? = nil, end: Int? = nil) throws -> Int {
        let found = rfind(s, sub, start: start, end: end)
        if found < 0 { throw PyFailure.value("substring not found") }
        return found
    }

    /// `s.count(sub, start, end)`: non-overlapping occurrences.
    public static func count(_ s: Scalars, _ sub: Scalars, start: Int? = nil, end: Int? = nil) -> Int {
        let (lo, hi) = adjust(start: start, end: end, length: s.count)
        if hi - lo < sub.count { return 0 }
        if sub.isEmpty { return hi - lo + 1 }
        var n = 0
        var i = lo
        while case let at = LinearSearch.first(s, sub, from: i, to: hi), at >= 0 {
            n += 1
            i = at + sub.count
        }
        return n
    }

    /// `s.startswith(prefixes, start, end)`; pass one prefix for a str
    /// argument or all of a tuple's items.
    public static func startsWith(_ s: Scalars, _ prefixes: [Scalars], start: Int? = nil, end: Int? = nil) -> Bool {
        prefixes.contains { tailMatch(s, $0, start: start, end: end, atEnd: false) }
    }

    /// `s.endswith(suffixes, start, end)`.
    public static func endsWith(_ s: Scalars, _ suffixes: [Scalars], start: Int? = nil, end: Int? = nil) -> Bool {
        suffixes.contains { tailMatch(s, $0, start: start, end: end, atEnd: true) }
    }

    private static func tailMatch(_ s: Scalars, _ sub: Scalars, start: Int?, end: Int?, atEnd: Bool) -> Bool {
        let (lo, hi) = adjust(start: start, end: end, length: s.count)
        if hi - sub.count < lo { return false }
        return matches(s, sub, at: atEnd ? hi - sub.count : lo)
    }

    /// `s.replace(old, new, count)`; a negative count replaces all.
    public static func replace(_ s: Scalars, _ old: Scalars, _ new: Scalars, count: Int = -1) -> Scalars {
        var remaining = count < 0 ? Int.max : count
        if remaining == 0 { return s }
        var out: Scalars = []
        if old.isEmpty {
            // An empty pattern matches before every code point and at the end.
            for c in s {
                if remaining > 0 {
                    out.append(contentsOf: new)
                    remaining -= 1
                }
                out.append(c)
            }
            if remaining > 0 { out.append(contentsOf: new) }
            return out
        }
        var i = 0
        while remaining > 0, case let at = LinearSearch.first(s, old, from: i, to: s.count), at >= 0 {
            out.append(contentsOf: s[i..<at])
            out.append(contentsOf: new)
            remaining -= 1
            i = at + old.count
        }
        out.append(contentsOf: s[i...])
        return out
    }

    /// `s.partition(sep)` → (head, sep, tail); `(s, "", "")` if absent.
    public static func partition(_ s: Scalars, _ sep: Scalars) throws -> (Scalars, Scalars, Scalars) {
        if sep.isEmpty { throw PyFailure.value("empty separator") }
        let i = find(s, sep)
        if i < 0 { return (s, [], []) }
        return (Array(s[..<i]), sep, Array(s[(i + sep.count)...]))
    }

    /// `s.rpartition(sep)` → (head, sep, tail); `("", "", s)` if absent.
    public static func rpartition(_ s: Scalars, _ sep: Scalars) throws -> (Scalars, Scalars, Scalars) {
        if sep.isEmpty { throw PyFailure.value("empty separator") }
        let i = rfind(s, sep)
        if i < 0 { return ([], [], s) }
        return (Array(s[..<i]), sep, Array(s[(i + sep.count)...]))
    }

    /// Builds a Swift `String` from code points.
    public static func string(_ scalars: Scalars) -> String {
        // `appendScalars`, not `append(contentsOf:)`: a scalar at a time
        // cost ~130 ns, seconds for the parts of a long text.
        var view = String.UnicodeScalarView()
        view.appendScalars(scalars)
        return String(view)
    }

    /// The code points of a Swift `String`.
    public static func scalars(_ string: String) -> Scalars { Array(string.unicodeScalars) }
}

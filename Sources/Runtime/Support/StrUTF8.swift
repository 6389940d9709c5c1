/// `str.split` and `str.replace` over UTF-8 bytes.
///
/// `StrAlgorithms` works on arrays of code points, which costs a 4-byte
/// copy of the receiver and a rebuilt `String` per part: about 0.1 µs per
/// character, 10–50× CPython. These paths work on the string's own UTF-8
/// bytes and copy each part once. They are exact whenever they apply:
/// UTF-8 is self-synchronizing, so a separator that is itself valid UTF-8
/// only ever matches at code-point boundaries, and every ASCII byte is a
/// whole code point (so whitespace splitting is byte-wise on ASCII text).
/// They return nil where the code-point algorithms must decide (whitespace
/// splitting of non-ASCII text, an empty pattern).
public enum StrUTF8 {
    /// `s.split(sep, maxsplit)` (left to right), or nil when it does not apply.
    /// `onPart` runs before each part is made (the caller's native-work
    /// count: a split into millions of parts meets the limits as it goes).
    public static func split(_ s: String, sep: String?, maxsplit: Int) -> [String]? {
        split(s, sep: sep, maxsplit: maxsplit, onPart: {})
    }

    /// `split`, running `onPart` before each part is made.
    public static func split(_ s: String, sep: String?, maxsplit: Int,
                             onPart: () throws -> Void) rethrows -> [String]? {
        var s = s
        return try s.withUTF8 { bytes -> [String]? in
            if let sep {
                if sep.isEmpty { return nil }
                var sep = sep
                return try sep.withUTF8 { pattern in try split(bytes, on: pattern, maxsplit: maxsplit, onPart: onPart) }
            }
            for b in bytes where b >= 0x80 { return nil }
            return try splitOnWhitespace(bytes, maxsplit: maxsplit, onPart: onPart)
        }
    }

    /// `sub in s`, by code points (Swift's `contains` matches whole
    /// grapheme clusters: `"e" in "e\u0301"` would be false).
    public static func contains(_ s: String, _ sub: String) -> Bool {
        if sub.isEmpty { return true }
        var s = s, sub = sub
        return s.withUTF8 { bytes in sub.withUTF8 { pattern in firstMatch(bytes, pattern, from: 0) != nil } }
    }

    /// `s.count(sub)` (non-overlapping), or nil when `sub` is empty:
    /// without the 4-byte code-point copy of `s` that `StrAlgorithms.count`
    /// needs (what `str.replace` counts before charging its result).
    public static func count(_ s: String, _ sub: String) -> Int? {
        if sub.isEmpty { return nil }
        var s = s, sub = sub
        return s.withUTF8 { bytes in
            sub.withUTF8 { pattern in
                var n = 0
                var i = 0
                while let at = firstMatch(bytes, pattern, from: i) {
                    n += 1
                    i = at + pattern.count
                }
                return n
            }
        }
    }

    /// Where `s.partition(sep)` (or `rpartition`, `fromEnd`) splits.
    public enum Partition: Equatable {
        /// `sep` does not occur.
        case notFound
        /// The text before and after the (first or last) occurrence.
        case found(head: String, tail: String)
    }

    /// `s.partition(sep)` / `s.rpartition(sep)` over UTF-8, or nil when
    /// `sep` is empty (the caller raises CPython's ValueError).
    public static func partition(_ s: String, _ sep: String, fromEnd: Bool) -> Partition? {
        if sep.isEmpty { return nil }
        var s = s, sep = sep
        return s.withUTF8 { bytes in
            sep.withUTF8 { pattern -> Partition in
                let at = fromEnd ? LinearSearch.last(bytes, pattern, from: 0, to: bytes.count)
                                 : LinearSearch.first(bytes, pattern, from: 0, to: bytes.count)
                if at < 0 { return .notFound }
                return .found(head: part(bytes, 0, at), tail: part(bytes, at + pattern.count, bytes.count))
            }
        }
    }

    /// `s.replace(old, new, count)`, or nil when `old` is empty.
    public static func replace(_ s: String, _ old: String, _ new: String, count: Int) -> String? {
        if old.isEmpty { return nil }
        if count == 0 { return s }
        var s = s, old = old, new = new
        return s.withUTF8 { bytes in
            old.withUTF8 { pattern in
                new.withUTF8 { replacement -> String in
                    var out: [UInt8] = []
                    var remaining = count < 0 ? Int.max : count
                    var start = 0
                    var i = 0
                    while remaining > 0, let at = firstMatch(bytes, pattern, from: i) {
                        if out.isEmpty { out.reserveCapacity(bytes.count) }
                        out.append(contentsOf: bytes[start..<at])
                        out.append(contentsOf: replacement)
                        i = at + pattern.count
                        start = i
                        remaining -= 1
                    }
                    if start == 0 { return String(decoding: bytes, as: UTF8.self) }
                    out.append(contentsOf: bytes[start...])
                    return String(decoding: out, as: UTF8.self)
                }
            }
        }
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, on pattern: UnsafeBufferPointer<UInt8>,
                              maxsplit: Int, onPart: () throws -> Void) rethrows -> [String] {
        var parts: [String] = []
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        var start = 0
        while remaining > 0, let at = firstMatch(bytes, pattern, from: start) {
            try onPart()
            parts.append(part(bytes, start, at))
            start = at + pattern.count
            remaining -= 1
        }
        parts.append(part(bytes, start, bytes.count))
        return parts
    }

    private static func splitOnWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, maxsplit: Int,
                                          onPart: () throws -> Void) rethrows -> [String] {
        var parts: [String] = []
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        var i = 0
        let n = bytes.count
        while true {
            while i < n && isSpace(bytes[i]) { i += 1 }
            if i == n { break }
            if remaining == 0 {
                // The unsplit rest keeps its trailing whitespace.
                parts.append(part(bytes, i, n))
                break
            }
            let start = i
            while i < n && !isSpace(bytes[i]) { i += 1 }
            try onPart()
            parts.append(part(bytes, start, i))
            remaining -= 1
        }
        return parts
    }

    /// Python's whitespace among ASCII code points: `\t\n\v\f\r`, the
    /// information separators `\x1c`–`\x1f`, and space.
    @inline(__always)
    private static func isSpace(_ b: UInt8) -> Bool {
        (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x20)
    }

    @inline(__always)
    private static func part(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    /// The first index at or after `from` where `pattern` (non-empty) starts.
    @inline(__always)
    private static func firstMatch(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>,
                                   from: Int) -> Int? {
        guard pattern.count > 0, bytes.count - from >= pattern.count else { return nil }
        let at = LinearSearch.first(bytes, pattern, from: from, to: bytes.count)
        return at < 0 ? nil : at
    }
}

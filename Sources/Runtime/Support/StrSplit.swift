/// Python `str` splitting, stripping and joining over code points, as in
/// CPython 3.11: `split()`/`rsplit()` with no separator split on runs of
/// Unicode whitespace and drop empties; with a separator they keep empties;
/// `splitlines()` breaks on `\n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028
/// \u2029`; `strip()` removes whitespace or the given characters.
extension StrAlgorithms {
    /// `s.split(sep, maxsplit)`; `sep` nil splits on whitespace. `onPart`
    /// runs before each part is made (the caller's native-work count).
    public static func split(_ s: Scalars, sep: Scalars? = nil, maxsplit: Int = -1,
                             onPart: () throws -> Void = {}) throws -> [Scalars] {
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        guard let sep else {
            var parts: [Scalars] = []
            var i = 0
            while true {
                while i < s.count && PyUnicode.isSpace(s[i]) { i += 1 }
                if i == s.count { break }
                if remaining == 0 {
                    // The unsplit rest keeps its trailing whitespace.
                    parts.append(Array(s[i...]))
                    break
                }
                let start = i
                while i < s.count && !PyUnicode.isSpace(s[i]) { i += 1 }
                try onPart()
                parts.append(Array(s[start..<i]))
                remaining -= 1
            }
            return parts
        }
        if sep.isEmpty { throw PyFailure.value("empty separator") }
        var parts: [Scalars] = []
        var start = 0
        while remaining > 0, case let at = LinearSearch.first(s, sep, from: start, to: s.count), at >= 0 {
            try onPart()
            parts.append(Array(s[start..<at]))
            start = at + sep.count
            remaining -= 1
        }
        parts.append(Array(s[start...]))
        return parts
    }

    /// `s.rsplit(sep, maxsplit)`: splits from the right.
    public static func rsplit(_ s: Scalars, sep: Scalars? = nil, maxsplit: Int = -1,
                              onPart: () throws -> Void = {}) throws -> [Scalars] {
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        guard let sep else {
            var parts: [Scalars] = []
            var i = s.count
            while true {
                while i > 0 && PyUnicode.isSpace(s[i - 1]) { i -= 1 }
                if i == 0 { break }
                if remaining == 0 {
                    parts.append(Array(s[..<i]))
                    break
                }
                let end = i
                while i > 0 && !PyUnicode.isSpace(s[i - 1]) { i -= 1 }
                try onPart()
                parts.append(Array(s[i..<end]))
                remaining -= 1
            }
            return parts.reversed()
        }
        if sep.isEmpty { throw PyFailure.value("empty separator") }
        var parts: [Scalars] = []
        var end = s.count
        while remaining > 0, case let at = LinearSearch.last(s, sep, from: 0, to: end), at >= 0 {
            try onPart()
            parts.append(Array(s[(at + sep.count)..<end]))
            end = at
            remaining -= 1
        }
        parts.append(Array(s[..<end]))
        return parts.reversed()
    }

    /// `s.splitlines(keepends)`.
    public static func splitlines(_ s: Scalars, keepends: Bool = false) -> [Scalars] {
        splitlines(s, keepends: keepends, onPart: {})
    }

    /// `s.splitlines(keepends)`, running `onPart` before each line is made.
    public static func splitlines(_ s: Scalars, keepends: Bool,
                                  onPart: () throws -> Void) rethrows -> [Scalars] {
        var lines: [Scalars] = []
        var start = 0
        var i = 0
        while i < s.count {
            guard PyUnicode.isLineBreak(s[i]) else {
                i += 1
                continue
            }
            var next = i + 1
            if s[i] == "\r" && next < s.count && s[next] == "\n" { next += 1 }
            try onPart()
            lines.append(Array(s[start..<(keepends ? next : i)]))
            start = next
            i = next
        }
        if start < s.count { lines.append(Array(s[start...])) }
        return lines
    }

    /// `s.strip(chars)`; `chars` nil strips whitespace.
    public static func strip(_ s: Scalars, chars: Scalars? = nil) -> Scalars {
        rstrip(lstrip(s, chars: chars), chars: chars)
    }

    /// `s.lstrip(chars)`.
    public static func lstrip(_ s: Scalars, chars: Scalars? = nil) -> Scalars {
        let strip = stripPredicate(chars)
        var i = 0
        while i < s.count && strip(s[i]) { i += 1 }
        return Array(s[i...])
    }

    /// `s.rstrip(chars)`.
    public static func rstrip(_ s: Scalars, chars: Scalars? = nil) -> Scalars {
        let strip = stripPredicate(chars)
        var end = s.count
        while end > 0 && strip(s[end - 1]) { end -= 1 }
        return Array(s[..<end])
    }

    private static func stripPredicate(_ chars: Scalars?) -> (Unicode.Scalar) -> Bool {
        guard let chars else { return PyUnicode.isSpace }
        // A few characters are compared in turn: hashing each scalar of a
        // 30 MB string into a Set took seconds.
        if chars.count <= 16 { return { chars.contains($0) } }
        let set = Set(chars)
        return { set.contains($0) }
    }

    /// `sep.join(parts)`.
    public static func join(_ sep: Scalars, _ parts: [Scalars]) -> Scalars {
        var out: Scalars = []
        for (index, part) in parts.enumerated() {
            if index > 0 { out.append(contentsOf: sep) }
            out.append(contentsOf: part)
        }
        return out
    }
}

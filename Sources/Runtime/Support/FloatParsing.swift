/// Python's `float(str)` (CPython 3.11 `PyFloat_FromString`): surrounding
/// Unicode whitespace ignored, Unicode decimal digits accepted, underscores
/// only between digits, `inf`/`infinity`/`nan` in any case with a sign,
/// correctly rounded (overflow gives `inf`), and the message
/// `could not convert string to float: 'x'`.
public enum FloatParsing {
    /// Parses `text` as `float(text)` would.
    public static func parseFloat(_ text: String) throws -> Double {
        let invalid = PyFailure.value("could not convert string to float: \(StringRepr.repr(text))")
        guard var s = IntParsing.asciiDigitsAndSpaces(text) else { throw invalid }
        while s.last == 0x20 { s.removeLast() }
        guard let first = s.firstIndex(where: { $0 != 0x20 }) else { throw invalid }
        s.removeFirst(first)
        guard let cleaned = removeUnderscores(s), let value = parseLiteral(cleaned) else { throw invalid }
        return value
    }

    /// Drops underscores that sit between two digits; nil for any other.
    private static func removeUnderscores(_ s: [UInt8]) -> [UInt8]? {
        guard s.contains(UInt8(ascii: "_")) else { return s }
        var out: [UInt8] = []
        for (i, c) in s.enumerated() {
            if c == UInt8(ascii: "_") {
                guard i > 0, i + 1 < s.count, isDigit(s[i - 1]), isDigit(s[i + 1]) else { return nil }
            } else {
                out.append(c)
            }
        }
        return out
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// `[sign] (inf | infinity | nan | digits[.digits] | .digits) [e[sign]digits]`.
    private static func parseLiteral(_ s: [UInt8]) -> Double? {
        var pos = 0
        var negative = false
        if pos < s.count && (s[pos] == UInt8(ascii: "+") || s[pos] == UInt8(ascii: "-")) {
            negative = s[pos] == UInt8(ascii: "-")
            pos += 1
        }
        if s.count - pos <= 8 {
            let word = String(decoding: s[pos...], as: UTF8.self).lowercased()
            if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
            if word == "nan" { return negative ? -.nan : .nan }
        }
        var mantissaDigits = 0
        while pos < s.count && isDigit(s[pos]) { pos += 1; mantissaDigits += 1 }
        if pos < s.count && s[pos] == UInt8(ascii: ".") {
            pos += 1
            while pos < s.count && isDigit(s[pos]) { pos += 1; mantissaDigits += 1 }
        }
        if mantissaDigits == 0 { return nil }
        if pos < s.count && (s[pos] | 0x20) == UInt8(ascii: "e") {
            pos += 1
            if pos < s.count && (s[pos] == UInt8(ascii: "+") || s[pos] == UInt8(ascii: "-")) { pos += 1 }
            var exponentDigits = 0
            while pos < s.count && isDigit(s[pos]) { pos += 1; exponentDigits += 1 }
            if exponentDigits == 0 { return nil }
        }
        if pos != s.count { return nil }
        // The syntax is now plain decimal, which Swift parses correctly rounded.
        if s.count > maxDirectLength { return Double(String(decoding: shortened(s), as: UTF8.self)) }
        return Double(String(decoding: s, as: UTF8.self))
    }

    /// Literals longer than this are shortened before parsing.
    static let maxDirectLength = 2048

    /// A literal with the same correctly rounded value and at most ~800
    /// significant digits: the first 800 kept, a nonzero digit after them
    /// standing for any nonzero digits dropped (a double needs at most 767
    /// significant digits to round correctly), and the exponent clamped far
    /// past the range where every value is 0 or infinity. Parsing ten
    /// million digits directly took 1.4 s; this is one linear pass.
    /// `s` is valid syntax: `[sign] digits [. digits] [e [sign] digits]`.
    static func shortened(_ s: [UInt8]) -> [UInt8] {
        var pos = 0
        var out: [UInt8] = []
        if s[pos] == UInt8(ascii: "+") || s[pos] == UInt8(ascii: "-") { out.append(s[pos]); pos += 1 }
        // Significant digits, and the power of ten of the first one.
        var kept: [UInt8] = []
        var sticky = false
        var pointShift = 0  // digits seen before the point, minus leading zeros dropped after it
        var seenNonzero = false
        var afterPoint = false
        while pos < s.count, isDigit(s[pos]) || s[pos] == UInt8(ascii: ".") {
            let c = s[pos]
            pos += 1
            if c == UInt8(ascii: ".") { afterPoint = true; continue }
            if !seenNonzero && c == UInt8(ascii: "0") {
                if afterPoint { pointShift -= 1 }
                continue
            }
            seenNonzero = true
            if !afterPoint { pointShift += 1 }
            if kept.count < 800 { kept.append(c) } else if c != UInt8(ascii: "0") { sticky = true }
        }
        var exponent = 0
        if pos < s.count {  // e[sign]digits
            pos += 1
            var negative = false
            if s[pos] == UInt8(ascii: "+") || s[pos] == UInt8(ascii: "-") { negative = s[pos] == UInt8(ascii: "-"); pos += 1 }
            while pos < s.count {
                if exponent < 1 << 40 { exponent = exponent * 10 + Int(s[pos] - 48) }
                pos += 1
            }
            if negative { exponent = -exponent }
        }
        if kept.isEmpty { return out + Array("0".utf8) }
        if sticky { kept.append(UInt8(ascii: "1")) }
        // value = 0.kept × 10^(pointShift + exponent)
        let power = max(-(1 << 41), min(1 << 41, pointShift + exponent))
        out += Array("0.".utf8) + kept + Array("e\(power)".utf8)
        return out
    }
}

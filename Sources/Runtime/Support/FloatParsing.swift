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
        let word = String(decoding: s[pos...], as: UTF8.self).lowercased()
        if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
        if word == "nan" { return negative ? -.nan : .nan }
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
        return Double(String(decoding: s, as: UTF8.self))
    }
}

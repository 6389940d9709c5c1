import BigInt

/// `float.fromhex(s)` and `float.as_integer_ratio()` as in CPython 3.11:
/// optional whitespace and sign, `inf`/`infinity`/`nan`, an optional `0x`,
/// hex digits with an optional point, an optional `p` exponent; the value is
/// rounded half-even to 53 bits (subnormals included) and overflow raises
/// `OverflowError: hexadecimal value too large to represent as a float`.
extension FloatRepr {
    /// `float.fromhex(text)`.
    public static func fromHex(_ text: String) throws -> Double {
        let invalid = PyFailure.value("invalid hexadecimal floating-point string")
        var s = Array(text.unicodeScalars)
        while let last = s.last, isASCIISpace(last) { s.removeLast() }
        var pos = 0
        while pos < s.count && isASCIISpace(s[pos]) { pos += 1 }
        var negative = false
        if pos < s.count && (s[pos] == "+" || s[pos] == "-") {
            negative = s[pos] == "-"
            pos += 1
        }
        let word = String(String.UnicodeScalarView(s[pos...])).lowercased()
        if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
        if word == "nan" { return .nan }
        if pos + 1 < s.count && s[pos] == "0" && (s[pos + 1] == "x" || s[pos + 1] == "X") { pos += 2 }
        var mantissa = BigUInt(0)
        var fractionDigits = 0
        var digitCount = 0
        var seenPoint = false
        while pos < s.count {
            if s[pos] == "." && !seenPoint {
                seenPoint = true
            } else if let value = hexValue(s[pos]) {
                mantissa = mantissa << 4 | BigUInt(value)
                digitCount += 1
                if seenPoint { fractionDigits += 1 }
            } else {
                break
            }
            pos += 1
        }
        if digitCount == 0 { throw invalid }
        var exponent = 0
        if pos < s.count && (s[pos] == "p" || s[pos] == "P") {
            pos += 1
            var exponentNegative = false
            if pos < s.count && (s[pos] == "+" || s[pos] == "-") {
                exponentNegative = s[pos] == "-"
                pos += 1
            }
            let start = pos
            while pos < s.count, s[pos].value >= 48, s[pos].value <= 57 {
                // Saturate: anything this large is overflow or zero anyway.
                exponent = min(exponent * 10 + Int(s[pos].value - 48), 1 << 40)
                pos += 1
            }
            if pos == start { throw invalid }
            if exponentNegative { exponent = -exponent }
        }
        if pos != s.count { throw invalid }
        exponent -= 4 * fractionDigits
        if mantissa.isZero { return negative ? -0.0 : 0.0 }
        let top = mantissa.bitWidth - 1 + exponent
        let tooLarge = PyFailure.overflow("hexadecimal value too large to represent as a float")
        if top > 1024 { throw tooLarge }
        if top < -1080 { return negative ? -0.0 : 0.0 }
        let rounded = exponent >= 0
            ? IntegerArithmetic.roundedQuotient(mantissa << exponent, 1, negative: negative)
            : IntegerArithmetic.roundedQuotient(mantissa, BigUInt(1) << -exponent, negative: negative)
        guard let result = rounded else { throw tooLarge }
        return result
    }

    /// `Py_ISSPACE`: fromhex strips only ASCII whitespace.
    private static func isASCIISpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || (c.value >= 9 && c.value <= 13)
    }

    private static func hexValue(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 48...57: return Int(c.value) - 48
        case 65...70: return Int(c.value) - 55
        case 97...102: return Int(c.value) - 87
        default: return nil
        }
    }

    /// `x.as_integer_ratio()`: the exact fraction in lowest terms.
    public static func integerRatio(_ x: Double) throws -> (BigInt, BigInt) {
        if x.isNaN { throw PyFailure.value("cannot convert NaN to integer ratio") }
        if x.isInfinite { throw PyFailure.overflow("cannot convert Infinity to integer ratio") }
        if x == 0 { return (0, 1) }
        let magnitude = x.magnitude
        let biased = Int(magnitude.exponentBitPattern)
        var mantissa = magnitude.significandBitPattern | (biased == 0 ? 0 : 1 << 52)
        var exponent = biased == 0 ? -1074 : biased - 1075
        let shift = min(mantissa.trailingZeroBitCount, max(0, -exponent))
        mantissa >>= UInt64(shift)
        exponent += shift
        var numerator = BigInt(BigUInt(mantissa))
        var denominator = BigInt(1)
        if exponent >= 0 { numerator <<= exponent } else { denominator <<= -exponent }
        return (x < 0 ? -numerator : numerator, denominator)
    }
}

import BigInt

/// Python's `int(str, base)` (CPython 3.11 `PyLong_FromUnicodeObject`):
/// Unicode whitespace and decimal digits accepted, `+`/`-`, base prefixes
/// (`0x`, `0o`, `0b`; base 0 infers the base and refuses `010`), single
/// underscores between digits (and right after a prefix), the 4300-digit
/// limit for non-power-of-two bases, and the message
/// `invalid literal for int() with base 10: 'abc'`.
public enum IntParsing {
    /// Parses `text` as `int(text, base)` would.
    ///
    /// - Throws: `ValueError` with CPython's wording for a bad literal, a bad
    ///   base, or a value over `maxDigits` (0 disables the limit).
    public static func parseInt(
        _ text: String, base: Int = 10, maxDigits: Int = IntDigitLimit.current
    ) throws -> BigInt {
        guard base == 0 || (2...36).contains(base) else {
            throw PyFailure.value("int() base must be >= 2 and <= 36, or 0")
        }
        if base == 10, let small = smallDecimal(text) { return BigInt(small) }
        // Built only when thrown (the repr cost more than parsing).
        var invalid: PyFailure {
            PyFailure.value("invalid literal for int() with base \(base): \(StringRepr.repr(text, truncatedTo: 200))")
        }
        guard let s = asciiDigitsAndSpaces(text) else { throw invalid }
        var pos = 0
        while pos < s.count && s[pos] == 0x20 { pos += 1 }
        var negative = false
        if pos < s.count && (s[pos] == UInt8(ascii: "+") || s[pos] == UInt8(ascii: "-")) {
            negative = s[pos] == UInt8(ascii: "-")
            pos += 1
        }
        var base = base
        var prefixed = false
        if pos + 1 < s.count && s[pos] == UInt8(ascii: "0") {
            let marker = s[pos + 1] | 0x20
            let prefixBase: Int? = marker == UInt8(ascii: "x") ? 16 : marker == UInt8(ascii: "o") ? 8
                : marker == UInt8(ascii: "b") ? 2 : nil
            if let prefixBase, base == 0 || base == prefixBase {
                base = prefixBase
                prefixed = true
                pos += 2
            }
        }
        let legacyOctalCheck = base == 0
        if base == 0 { base = 10 }
        if prefixed && pos < s.count && s[pos] == UInt8(ascii: "_") { pos += 1 }

        var digits: [UInt8] = []
        var previousUnderscore = false
        let start = pos
        while pos < s.count && s[pos] != 0x20 {
            let c = s[pos]
            if c == UInt8(ascii: "_") {
                if previousUnderscore || pos == start { throw invalid }
                previousUnderscore = true
            } else {
                guard let value = digitValue(c), value < base else { throw invalid }
                digits.append(UInt8(value))
                previousUnderscore = false
            }
            pos += 1
        }
        if digits.isEmpty || previousUnderscore { throw invalid }
        while pos < s.count && s[pos] == 0x20 { pos += 1 }
        if pos != s.count { throw invalid }
        // Base 0 refuses `010` (an old-style octal) but allows `000` and `0_0`.
        if legacyOctalCheck && !prefixed && digits.first == 0 && digits.contains(where: { $0 != 0 }) {
            throw invalid
        }
        if maxDigits > 0 && base & (base - 1) != 0 && digits.count > maxDigits {
            throw PyFailure.value(
                "Exceeds the limit (\(maxDigits) digits) for integer string conversion: value has "
                    + "\(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        let value = digits.count > 256 && base & (base - 1) != 0
            ? BigInt(try WordRadixConversion.magnitude(digits, base: base, progress: IntDigitLimit.progress))
            : accumulate(digits, base: base)
        return negative ? -value : value
    }

    /// The value of `text` when it is ASCII whitespace, an optional sign,
    /// 1 to 18 decimal digits and whitespace (what `int(s)` meets nearly
    /// always); nil for anything else, which the general parser handles.
    static func smallDecimal(_ text: String) -> Int? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
            var i = 0, end = bytes.count
            while i < end && isSpace(bytes[i]) { i += 1 }
            while end > i && isSpace(bytes[end - 1]) { end -= 1 }
            var negative = false
            if i < end && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) {
                negative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            let count = end - i
            guard count >= 1 && count <= 18 else { return nil }
            var value = 0
            while i < end {
                let d = bytes[i] &- 48
                guard d < 10 else { return nil }
                value = value * 10 + Int(d)
                i += 1
            }
            return negative ? -value : value
        } ?? nil
    }

    /// The value of an int literal the lexer kept as text (`.bigInt`):
    /// decimal digits, or a `0x`/`0o`/`0b` prefix and digits.
    static func literal(_ text: String) -> BigInt {
        if let radix = ["0x": 16, "0o": 8, "0b": 2][String(text.prefix(2))] {
            let digits = text.utf8.dropFirst(2).compactMap { digitValue($0).map(UInt8.init) }
            return accumulate(digits, base: radix)
        }
        return BigInt(text) ?? 0
    }

    /// `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode spaces become
    /// ASCII spaces, Unicode decimal digits become ASCII digits; nil if any
    /// other non-ASCII code point is present.
    static func asciiDigitsAndSpaces(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            if c.isASCII {
                // CPython keeps ASCII as is and strips only C whitespace
                // (`int('\x1c5')` is invalid, though '\x1c'.isspace()).
                let b = UInt8(c.value)
                out.append(b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 0x20 : b)
            } else if PyUnicode.isSpace(c) {
                out.append(0x20)
            } else if let value = PyUnicode.decimalValue(c) {
                out.append(UInt8(48 + value))
            } else {
                return nil
            }
        }
        return out
    }

    private static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case 48...57: return Int(c) - 48
        case 97...122: return Int(c) - 87
        case 65...90: return Int(c) - 55
        default: return nil
        }
    }

    /// Combines digits in chunks that fit a machine word, then into a BigInt.
    private static func accumulate(_ digits: [UInt8], base: Int) -> BigInt {
        if digits.count > 16, let bits = PowerOfTwoRadix.bitsPerDigit(base) {
            return BigInt(PowerOfTwoRadix.magnitude(digits, bits: bits))
        }
        var chunkSize = 1
        var chunkScale = base
        while chunkScale <= Int.max / base / base { chunkScale *= base; chunkSize += 1 }
        var result = BigInt(0)
        var index = 0
        while index < digits.count {
            let end = min(digits.count, index + chunkSize)
            var chunk = 0
            var scale = 1
            for d in digits[index..<end] {
                chunk = chunk * base + Int(d)
                scale *= base
            }
            result = result * BigInt(scale) + BigInt(chunk)
            index = end
        }
        return result
    }
}

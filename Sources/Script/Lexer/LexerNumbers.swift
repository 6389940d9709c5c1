/// Numeric literals, following CPython 3.11's tokenizer rules for digits,
/// underscores, prefixes and the messages of its errors.
extension Lexer {
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    static func isHexDigit(_ c: UInt8) -> Bool {
        isDigit(c) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "F"))
    }

    /// A number starting at `pos` (a digit, or `.` followed by a digit).
    func number() throws {
        let start = pos
        let startColumn = column
        var isFloat = false
        if peek() == UInt8(ascii: "0"), let radix = Lexer.radix(peek(1)) {
            pos += 2
            let digitsStart = pos
            try radixDigits(radix, numberColumn: startColumn)
            try checkEndOfNumber(radix.name, numberColumn: startColumn)
            let digits = bytes[digitsStart..<pos].filter { $0 != UInt8(ascii: "_") }
            emit(.number(payloads.addNumber(Lexer.integer(digits, radix: radix.base))), start: start, line: line, column: startColumn)
            return
        }
        if peek() != UInt8(ascii: ".") {
            let leadingZero = peek() == UInt8(ascii: "0")
            try decimalDigits()
            if leadingZero {
                let digits = bytes[start..<pos]
                let nonZero = digits.contains { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: "_") }
                let c = peek()
                let continues = c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
                    || c == UInt8(ascii: "j") || c == UInt8(ascii: "J")
                if nonZero && !continues {
                    // CPython underlines the leading zeros.
                    let zerosEnd = digits.firstIndex { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: "_") } ?? pos
                    throw source.error(.syntaxError,
                                       "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                       line: line, byteColumn: startColumn, end: (line, zerosEnd - lineStart))
                }
            }
        }
        if peek() == UInt8(ascii: ".") {
            isFloat = true
            pos += 1
            if Lexer.isDigit(peek()) { try decimalDigits() }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let save = pos
            pos += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { pos += 1 }
            if !Lexer.isDigit(peek()) {
                if pos > save + 1 {
                    throw fail("invalid decimal literal", byteColumn: column - 1)
                }
                // `1else`: the `e` starts a keyword, not an exponent.
                pos = save
                try checkEndOfNumber("decimal", numberColumn: startColumn)
            } else {
                try decimalDigits()
                isFloat = true
            }
        }
        if peek() == UInt8(ascii: "j") || peek() == UInt8(ascii: "J") {
            let digitsEnd = pos
            pos += 1
            try checkEndOfNumber("imaginary", numberColumn: startColumn)
            let text = String(decoding: bytes[start..<digitsEnd].filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
            guard let value = Double(text) else { throw fail("invalid imaginary literal", byteColumn: startColumn) }
            emit(.number(payloads.addNumber(.imaginary(value))), start: start, line: line, column: startColumn)
            return
        }
        try checkEndOfNumber("decimal", numberColumn: startColumn)
        let clean = bytes[start..<pos].filter { $0 != UInt8(ascii: "_") }
        if isFloat {
            let text = String(decoding: clean, as: UTF8.self)
            guard let value = Double(text) else { throw fail("invalid decimal literal", byteColumn: startColumn) }
            emit(.number(payloads.addNumber(.float(value))), start: start, line: line, column: startColumn)
        } else {
            if clean.count > Lexer.maxDecimalLiteralDigits {
                throw fail("Exceeds the limit (\(Lexer.maxDecimalLiteralDigits) digits) for integer string conversion: "
                           + "value has \(clean.count) digits; use sys.set_int_max_str_digits() to increase the limit"
                           + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                           byteColumn: startColumn)
            }
            emit(.number(payloads.addNumber(Lexer.integer(clean, radix: 10))), start: start, line: line, column: startColumn)
        }
    }

    static func radix(_ c: UInt8) -> (base: Int, name: String)? {
        switch c {
        case UInt8(ascii: "x"), UInt8(ascii: "X"): return (16, "hexadecimal")
        case UInt8(ascii: "o"), UInt8(ascii: "O"): return (8, "octal")
        case UInt8(ascii: "b"), UInt8(ascii: "B"): return (2, "binary")
        default: return nil
        }
    }

    /// Digits `[0-9]` with single underscores between them.
    func decimalDigits() throws {
        while true {
            while Lexer.isDigit(peek()) { pos += 1 }
            guard peek() == UInt8(ascii: "_") else { return }
            if !Lexer.isDigit(peek(1)) {
                throw fail("invalid decimal literal", byteColumn: column)
            }
            pos += 1
        }
    }

    /// Digits of a `0x`/`0o`/`0b` literal (an underscore may follow the prefix).
    func radixDigits(_ radix: (base: Int, name: String), numberColumn: Int) throws {
        var count = 0
        while true {
            if peek() == UInt8(ascii: "_") { pos += 1 }
            let c = peek()
            let valid = radix.base == 16 ? Lexer.isHexDigit(c) : (c >= UInt8(ascii: "0") && Int(c) - 48 < radix.base)
            if !valid {
                if Lexer.isDigit(c) {
                    throw fail("invalid digit '\(Character(Unicode.Scalar(c)))' in \(radix.name) literal", byteColumn: column)
                }
                if count == 0 || bytes[pos - 1] == UInt8(ascii: "_") {
                    throw fail("invalid \(radix.name) literal", byteColumn: column - 1)
                }
                return
            }
            while pos < end {
                let d = bytes[pos]
                let ok = radix.base == 16 ? Lexer.isHexDigit(d) : (d >= UInt8(ascii: "0") && Int(d) - 48 < radix.base)
                if !ok { break }
                pos += 1
                count += 1
            }
            if peek() != UInt8(ascii: "_") {
                if Lexer.isDigit(peek()) {
                    throw fail("invalid digit '\(Character(Unicode.Scalar(peek())))' in \(radix.name) literal", byteColumn: column)
                }
                return
            }
        }
    }

    /// A number may not run into a name, except the keywords CPython 3.11 still tolerates (`1if x else 2`).
    func checkEndOfNumber(_ kind: String, numberColumn: Int) throws {
        let c = peek()
        guard c >= 0x80 || isASCIIIdentifierByte(c) else { return }
        for word in ["and", "else", "for", "if", "in", "is", "not", "or"] {
            let w = Array(word.utf8)
            if pos + w.count <= end && Array(bytes[pos..<pos + w.count]) == w { return }
        }
        throw fail("invalid \(kind) literal", byteColumn: column - 1)
    }

    /// The value of validated digits (no underscores) in `radix`. Big
    /// decimal values keep their digits; big `0x`/`0o`/`0b` values keep
    /// their prefixed digits (leading zeros dropped), which the compiler
    /// converts in linear time (`bigIntText`).
    static func integer<C: Collection>(_ digits: C, radix: Int) -> ConstantValue where C.Element == UInt8 {
        var value = 0
        var overflow = false
        for d in digits {
            let (m, o1) = value.multipliedReportingOverflow(by: radix)
            let (s, o2) = m.addingReportingOverflow(digitValue(d))
            if o1 || o2 { overflow = true; break }
            value = s
        }
        if !overflow { return .int(value) }
        if radix == 10 { return .bigInt(decimalString(digits, radix: radix)) }
        let prefix = radix == 16 ? "0x" : radix == 8 ? "0o" : "0b"
        return .bigInt(prefix + String(decoding: digits.drop { $0 == UInt8(ascii: "0") }, as: UTF8.self).lowercased())
    }

    /// The decimal digits of a `.bigInt` text (`bigIntText` as kept above).
    public static func decimalDigits(ofBigIntText text: String) -> String {
        let radix: Int
        switch text.prefix(2) {
        case "0x": radix = 16
        case "0o": radix = 8
        case "0b": radix = 2
        default: return text
        }
        return decimalString(Array(text.utf8.dropFirst(2)), radix: radix)
    }

    /// CPython 3.11 refuses a decimal int literal of more than this many
    /// digits (`sys.get_int_max_str_digits()`), at compile time.
    static let maxDecimalLiteralDigits = 4300

    static func digitValue(_ d: UInt8) -> Int {
        switch d {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(d) - 48
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(d) - 87
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(d) - 55
        default: return 0
        }
    }

    /// Converts digits in `radix` to decimal digits using base-10^9 limbs.
    static func decimalString<C: Collection>(_ digits: C, radix: Int) -> String where C.Element == UInt8 {
        if radix == 10 {
            let s = String(decoding: digits.drop { $0 == UInt8(ascii: "0") }, as: UTF8.self)
            return s.isEmpty ? "0" : s
        }
        let limbBase = 1_000_000_000
        var limbs: [Int] = [0]   // little-endian base 10^9
        for d in digits {
            var carry = digitValue(d)
            for i in limbs.indices {
                let v = limbs[i] * radix + carry
                limbs[i] = v % limbBase
                carry = v / limbBase
            }
            while carry > 0 {
                limbs.append(carry % limbBase)
                carry /= limbBase
            }
        }
        var out = String(limbs[limbs.count - 1])
        for limb in limbs.dropLast().reversed() {
            let s = String(limb)
            out += String(repeating: "0", count: 9 - s.count) + s
        }
        return out
    }
}

/// Decodes the body of a string or bytes literal: backslash escapes
/// (`\n`, `\x41`, `\101`, `\u00e9`, `\U0001F600`, `\N{BULLET}`, `\<newline>`)
/// unless raw; unknown escapes stay as written, like CPython.
enum StringDecoder {
    /// A decoding failure with CPython's message.
    struct DecodeError: Error, Sendable {
        var message: String
        /// Whether CPython reports it at the start of the literal (else at its end).
        var atStart = false
        /// Valid Python that the subset does not support.
        var notImplemented = false
    }

    /// Decodes a `str` literal body.
    static func decodeString(_ body: ArraySlice<UInt8>, raw: Bool) throws -> String {
        if raw || !body.contains(UInt8(ascii: "\\")) {
            return String(decoding: body, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        let base = body.startIndex
        while i < body.endIndex {
            let c = body[i]
            guard c == UInt8(ascii: "\\"), i + 1 < body.endIndex else {
                out.append(c)
                i += 1
                continue
            }
            let e = body[i + 1]
            if let simple = simpleEscape(e) {
                if e != UInt8(ascii: "\n") { out.append(simple) }
                i += 2
                continue
            }
            switch e {
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value: UInt32 = 0
                var j = i + 1
                while j < body.endIndex && j < i + 4, body[j] >= UInt8(ascii: "0"), body[j] <= UInt8(ascii: "7") {
                    value = value * 8 + UInt32(body[j] - 48)
                    j += 1
                }
                try appendScalar(value, to: &out)
                i = j
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count = e == UInt8(ascii: "x") ? 2 : (e == UInt8(ascii: "u") ? 4 : 8)
                let name = e == UInt8(ascii: "x") ? "\\xXX" : (e == UInt8(ascii: "u") ? "\\uXXXX" : "\\UXXXXXXXX")
                var value: UInt32 = 0
                var j = i + 2
                while j < body.endIndex && j < i + 2 + count && Lexer.isHexDigit(body[j]) {
                    value = value * 16 + UInt32(Lexer.digitValue(body[j]))
                    j += 1
                }
                if j - (i + 2) != count {
                    throw DecodeError(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - base)-\(j - 1 - base): truncated \(name) escape")
                }
                if value > 0x10FFFF {
                    throw DecodeError(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - base)-\(j - 1 - base): illegal Unicode character")
                }
                try appendScalar(value, to: &out)
                i = j
            case UInt8(ascii: "N"):
                var j = i + 2
                guard j < body.endIndex, body[j] == UInt8(ascii: "{") else {
                    throw DecodeError(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - base)-\(i + 1 - base): malformed \\N character escape")
                }
                j += 1
                let nameStart = j
                while j < body.endIndex && body[j] != UInt8(ascii: "}") { j += 1 }
                guard j < body.endIndex, j > nameStart else {
                    throw DecodeError(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - base)-\(min(j, body.endIndex - 1) - base): malformed \\N character escape")
                }
                let name = String(decoding: body[nameStart..<j], as: UTF8.self)
                guard let scalar = UnicodeNames.lookup(name) else {
                    throw DecodeError(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - base)-\(j - base): unknown Unicode character name")
                }
                try appendScalar(scalar.value, to: &out)
                i = j + 1
            default:
                // Unknown escape: kept verbatim (CPython only warns).
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes a `bytes` literal body (ASCII only in the source).
    static func decodeBytes(_ body: ArraySlice<UInt8>, raw: Bool) throws -> [UInt8] {
        if body.contains(where: { $0 >= 0x80 }) {
            throw DecodeError(message: "bytes can only contain ASCII literal characters", atStart: true)
        }
        if raw { return Array(body) }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        while i < body.endIndex {
            let c = body[i]
            guard c == UInt8(ascii: "\\"), i + 1 < body.endIndex else {
                out.append(c)
                i += 1
                continue
            }
            let e = body[i + 1]
            if let simple = simpleEscape(e) {
                if e != UInt8(ascii: "\n") { out.append(simple) }
                i += 2
            } else if e >= UInt8(ascii: "0") && e <= UInt8(ascii: "7") {
                var value = 0
                var j = i + 1
                while j < body.endIndex && j < i + 4, body[j] >= UInt8(ascii: "0"), body[j] <= UInt8(ascii: "7") {
                    value = value * 8 + Int(body[j] - 48)
                    j += 1
                }
                out.append(UInt8(value & 0xFF))
                i = j
            } else if e == UInt8(ascii: "x") {
                guard i + 3 < body.endIndex, Lexer.isHexDigit(body[i + 2]), Lexer.isHexDigit(body[i + 3]) else {
                    throw DecodeError(message: "(value error) invalid \\x escape at position \(i - body.startIndex)")
                }
                out.append(UInt8(Lexer.digitValue(body[i + 2]) * 16 + Lexer.digitValue(body[i + 3])))
                i += 4
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// The byte a one-character escape stands for (`\n` -> 10); `\<newline>` maps to a newline that callers drop.
    static func simpleEscape(_ e: UInt8) -> UInt8? {
        switch e {
        case UInt8(ascii: "\n"): return 10
        case UInt8(ascii: "\\"): return UInt8(ascii: "\\")
        case UInt8(ascii: "'"): return UInt8(ascii: "'")
        case UInt8(ascii: "\""): return UInt8(ascii: "\"")
        case UInt8(ascii: "a"): return 7
        case UInt8(ascii: "b"): return 8
        case UInt8(ascii: "f"): return 12
        case UInt8(ascii: "n"): return 10
        case UInt8(ascii: "r"): return 13
        case UInt8(ascii: "t"): return 9
        case UInt8(ascii: "v"): return 11
        default: return nil
        }
    }

    static func appendScalar(_ value: UInt32, to out: inout [UInt8]) throws {
        guard let scalar = Unicode.Scalar(value) else {
            throw DecodeError(message: "lone surrogate \\u\(String(value, radix: 16)) is not supported in strings",
                              notImplemented: true)
        }
        out.append(contentsOf: String(Character(scalar)).utf8)
    }
}

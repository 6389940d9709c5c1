/// The `unicode_escape` and `raw_unicode_escape` codecs (CPython's
/// `PyUnicode_AsUnicodeEscapeString`, `_PyUnicode_DecodeUnicodeEscapeInternal`
/// and their raw variants): text as Latin-1 bytes with backslash escapes for
/// what Latin-1 (or, for `unicode_escape`, printable ASCII) cannot hold.
enum EscapeCodecs {
    /// The codec names as `BytesLibraryMethods.codec` returns them.
    static let unicodeEscape = "unicode-escape"
    static let rawUnicodeEscape = "raw-unicode-escape"

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func appendHex(_ v: UInt32, digits: Int, to out: inout [UInt8]) {
        for shift in stride(from: 4 * (digits - 1), through: 0, by: -4) {
            out.append(hexDigits[Int(v >> UInt32(shift) & 0xF)])
        }
    }

    /// `str.encode('unicode_escape')`: printable ASCII as is (a backslash
    /// doubled), `\t \n \r`, then `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
    static func encodeUnicodeEscape(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.unicodeScalars.count)
        for u in s.unicodeScalars {
            let v = u.value
            switch v {
            case 0x10000...: out += [0x5C, UInt8(ascii: "U")]; appendHex(v, digits: 8, to: &out)
            case 0x100...: out += [0x5C, UInt8(ascii: "u")]; appendHex(v, digits: 4, to: &out)
            case 0x5C: out += [0x5C, 0x5C]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x20..<0x7F: out.append(UInt8(v))
            default: out += [0x5C, UInt8(ascii: "x")]; appendHex(v, digits: 2, to: &out)
            }
        }
        return out
    }

    /// `str.encode('raw_unicode_escape')`: Latin-1 as is, the rest `\uhhhh`
    /// or `\Uhhhhhhhh`.
    static func encodeRawUnicodeEscape(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.unicodeScalars.count)
        for u in s.unicodeScalars {
            let v = u.value
            if v >= 0x10000 { out += [0x5C, UInt8(ascii: "U")]; appendHex(v, digits: 8, to: &out) }
            else if v >= 0x100 { out += [0x5C, UInt8(ascii: "u")]; appendHex(v, digits: 4, to: &out) }
            else { out.append(UInt8(v)) }
        }
        return out
    }

    private static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// An escape that does not decode: the error handler's choice (CPython's
    /// `unicode_decode_call_errorhandler` for the built-in handlers).
    private static func fail(_ codec: String, _ b: [UInt8], _ start: Int, _ end: Int, _ reason: String,
                             _ errors: String, _ out: inout String.UnicodeScalarView) throws {
        switch errors {
        case "replace": out.append("\u{FFFD}")
        case "ignore": break
        case "backslashreplace":
            for k in start..<end {
                out.appendScalars("\\x\(BytesLibraryMethods.hex2(UInt32(b[k])))".unicodeScalars)
            }
        default: throw UnicodeErrors.decodeError(codec, b, start, end, reason)
        }
    }

    /// Reads `count` hex digits from `i`; nil (with `i` at the first byte
    /// that is not one, or at the end) when fewer are there.
    private static func hexEscape(_ b: [UInt8], _ i: inout Int, count: Int) -> UInt32? {
        var ch: UInt32 = 0
        for _ in 0..<count {
            guard i < b.count, let d = hexValue(b[i]) else { return nil }
            ch = ch << 4 | d
            i += 1
        }
        return ch
    }

    /// `bytes.decode('unicode_escape')`: Latin-1 with Python's string escapes.
    static func decodeUnicodeEscape(_ b: [UInt8], _ errors: String) throws -> String {
        let codec = "unicodeescape"
        var out = String.UnicodeScalarView()
        var i = 0
        while i < b.count {
            let c = b[i]
            i += 1
            if c != 0x5C { out.append(Unicode.Scalar(c)); continue }
            let start = i - 1
            guard i < b.count else {
                try fail(codec, b, start, b.count, "\\ at end of string", errors, &out)
                break
            }
            let e = b[i]
            i += 1
            switch e {
            case 0x0A: continue
            case 0x5C, UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(Unicode.Scalar(e))
            case UInt8(ascii: "b"): out.append("\u{08}")
            case UInt8(ascii: "f"): out.append("\u{0C}")
            case UInt8(ascii: "t"): out.append("\t")
            case UInt8(ascii: "n"): out.append("\n")
            case UInt8(ascii: "r"): out.append("\r")
            case UInt8(ascii: "v"): out.append("\u{0B}")
            case UInt8(ascii: "a"): out.append("\u{07}")
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var ch = UInt32(e - UInt8(ascii: "0"))
                for _ in 0..<2 where i < b.count && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(b[i]) {
                    ch = ch << 3 | UInt32(b[i] - UInt8(ascii: "0"))
                    i += 1
                }
                if let s = Unicode.Scalar(ch) { out.append(s) }
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
                guard let ch = hexEscape(b, &i, count: count) else {
                    let form = e == UInt8(ascii: "x") ? "\\xXX" : e == UInt8(ascii: "u") ? "\\uXXXX" : "\\UXXXXXXXX"
                    try fail(codec, b, start, i, "truncated \(form) escape", errors, &out)
                    continue
                }
                guard ch <= 0x10FFFF else {
                    try fail(codec, b, start, i, "illegal Unicode character", errors, &out)
                    continue
                }
                // A lone surrogate has no scalar here (CPython keeps it in the str).
                out.append(Unicode.Scalar(ch) ?? "\u{FFFD}")
            case UInt8(ascii: "N"):
                switch namedEscape(b, &i) {
                case .found(let s): out.append(s)
                case .unknown: try fail(codec, b, start, i, "unknown Unicode character name", errors, &out)
                case .malformed: try fail(codec, b, start, i, "malformed \\N character escape", errors, &out)
                }
            default:
                out.append("\\")
                out.append(Unicode.Scalar(e))
            }
        }
        return String(out)
    }

    private enum NamedEscape {
        case found(Unicode.Scalar)
        case unknown
        case malformed
    }

    /// `\N{name}` after the `N`, leaving `i` where CPython ends the escape
    /// (past the closing brace when a name was there).
    private static func namedEscape(_ b: [UInt8], _ i: inout Int) -> NamedEscape {
        guard i < b.count, b[i] == UInt8(ascii: "{") else { return .malformed }
        i += 1
        let nameStart = i
        while i < b.count && b[i] != UInt8(ascii: "}") { i += 1 }
        guard i < b.count else { return .malformed }
        let name = String(decoding: b[nameStart..<i], as: UTF8.self)
        guard !name.isEmpty else { return .malformed }
        i += 1
        guard let s = UnicodedataModule.NameIndex.scalar(named: name.uppercased()) else { return .unknown }
        return .found(s)
    }

    /// `bytes.decode('raw_unicode_escape')`: Latin-1, except `\uXXXX` and
    /// `\UXXXXXXXX`.
    static func decodeRawUnicodeEscape(_ b: [UInt8], _ errors: String) throws -> String {
        let codec = "rawunicodeescape"
        var out = String.UnicodeScalarView()
        var i = 0
        while i < b.count {
            let c = b[i]
            i += 1
            if c != 0x5C || i >= b.count { out.append(Unicode.Scalar(c)); continue }
            let start = i - 1
            let e = b[i]
            i += 1
            guard e == UInt8(ascii: "u") || e == UInt8(ascii: "U") else {
                out.append("\\")
                out.append(Unicode.Scalar(e))
                continue
            }
            let count = e == UInt8(ascii: "u") ? 4 : 8
            guard let ch = hexEscape(b, &i, count: count) else {
                try fail(codec, b, start, i, count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape",
                         errors, &out)
                continue
            }
            guard ch <= 0x10FFFF else {
                try fail(codec, b, start, i, "\\Uxxxxxxxx out of range", errors, &out)
                continue
            }
            out.append(Unicode.Scalar(ch) ?? "\u{FFFD}")
        }
        return String(out)
    }
}

import Script

/// The methods of `bytes` that the core's PyBytes lacks (CPython 3.11's
/// names, arguments and error messages): searching, splitting, joining,
/// stripping, case and padding, classification, translate/maketrans,
/// fromhex, hex(sep, bytes_per_sep), and codecs for decode/str.encode
/// (utf-8, ascii, latin-1, utf-16-le/be with strict, replace, ignore and
/// backslashreplace). Installed after the core's, so these definitions win.
enum BytesLibraryMethods {
    static let unicodeDecodeError: PyType = PyType(name: "UnicodeDecodeError", bases: [BuiltinTypes.unicodeError],
                                                   builtin: true, layout: .exception, module: "builtins")
    static let unicodeEncodeError: PyType = PyType(name: "UnicodeEncodeError", bases: [BuiltinTypes.unicodeError],
                                                   builtin: true, layout: .exception, module: "builtins")
    static let types: [PyType] = [unicodeDecodeError, unicodeEncodeError]

    /// The octets of a bytes-like object (`bytes`, `bytearray`, `memoryview`).
    static func bytesOf(_ v: Value) -> [UInt8]? {
        guard case .object(let o) = v else { return nil }
        if let b = o as? PyBytes { return b.bytes }
        if let b = o as? PyByteArray { return b.bytes }
        return try? (o as? PyMemoryView)?.octets()
    }

    static func receiver(_ a: Args, _ name: String) throws -> [UInt8] {
        guard let b = bytesOf(a[0]) else {
            throw PyError.typeError("descriptor '\(name)' for 'bytes' objects doesn't apply to a '\(a[0].type.cTypeName)' object")
        }
        return b
    }

    static func argBytes(_ v: Value) throws -> [UInt8] {
        if let b = bytesOf(v) { return b }
        throw PyError.typeError("a bytes-like object is required, not '\(v.type.cTypeName)'")
    }

    static func make(_ b: [UInt8]) -> Value { .object(PyBytes(b)) }

    /// Python slice-like bounds for start/end arguments.
    static func bounds(_ vm: Interpreter, _ count: Int, _ start: Value?, _ end: Value?) throws -> (Int, Int) {
        func clamp(_ v: Value?, _ dflt: Int) throws -> Int {
            guard let v, !v.isNone else { return dflt }
            var i = try vm.indexInt(v)
            if i < 0 { i += count; if i < 0 { i = 0 } }
            return min(i, count)
        }
        return (try clamp(start, 0), try clamp(end, count))
    }

    /// True when a start argument lies past the end (after adding the length
    /// to a negative one): CPython's find/index/count then find nothing, not
    /// even an empty needle.
    static func startsPastEnd(_ vm: Interpreter, _ count: Int, _ start: Value?) throws -> Bool {
        guard let start, !start.isNone else { return false }
        return try vm.indexInt(start) > count
    }

    /// Non-overlapping occurrences of a non-empty `needle` (linear).
    static func occurrences(_ hay: [UInt8], _ needle: [UInt8]) -> Int {
        var n = 0, start = 0
        while let i = find(hay[...], needle, from: start, reverse: false) { n += 1; start = i + needle.count }
        return n
    }

    static func find(_ hay: ArraySlice<UInt8>, _ needle: [UInt8], from: Int, reverse: Bool) -> Int? {
        let lo = hay.startIndex, hi = hay.endIndex
        if needle.count > hi - lo { return nil }
        if needle.isEmpty { return reverse ? hi : lo }
        // The slice's buffer starts at its startIndex.
        let at = hay.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { pattern in
                reverse ? LinearSearch.last(text, pattern, from: 0, to: hi - lo)
                        : LinearSearch.first(text, pattern, from: max(from, lo) - lo, to: hi - lo)
            }
        }
        return at < 0 ? nil : at + lo
    }

    static func needle(_ vm: Interpreter, _ v: Value) throws -> [UInt8] {
        if let b = bytesOf(v) { return b }
        if case .int = v {
            let i = try vm.indexInt(v)
            guard i >= 0 && i < 256 else { throw PyError.valueError("byte must be in range(0, 256)") }
            return [UInt8(i)]
        }
        throw PyError.typeError("argument should be integer or bytes-like object, not '\(v.type.cTypeName)'")
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
    static func isLower(_ c: UInt8) -> Bool { c >= 97 && c <= 122 }
    static func isUpper(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
    static func isAlpha(_ c: UInt8) -> Bool { isLower(c) || isUpper(c) }
    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c + 32 : c }
    static func upper(_ c: UInt8) -> UInt8 { isLower(c) ? c - 32 : c }

    /// `split`/`rsplit`: one unit of native work per piece (a split into
    /// millions of pieces meets the wall and memory limits as it goes);
    /// `rsplit` collects its pieces from the right and reverses them once.
    static func split(_ vm: Interpreter, _ b: [UInt8], _ sep: [UInt8]?, _ maxsplit: Int,
                      reverse: Bool, make: ([UInt8]) -> Value) throws -> [Value] {
        var parts: [Value] = []
        func piece(_ r: Range<Int>) throws {
            try vm.nativeWork()
            parts.append(make(Array(b[r])))
        }
        if let sep {
            if sep.isEmpty { throw PyError.valueError("empty separator") }
            if !reverse {
                var start = 0, splits = 0
                while maxsplit < 0 || splits < maxsplit, let i = find(b[...], sep, from: start, reverse: false) {
                    try piece(start..<i)
                    start = i + sep.count
                    splits += 1
                }
                try piece(start..<b.count)
            } else {
                var end = b.count, splits = 0
                while maxsplit < 0 || splits < maxsplit, let i = find(b[0..<end], sep, from: 0, reverse: true) {
                    try piece((i + sep.count)..<end)
                    end = i
                    splits += 1
                }
                try piece(0..<end)
                parts.reverse()
            }
            return parts
        }
        // Whitespace split.
        if !reverse {
            var i = 0, splits = 0
            while i < b.count {
                while i < b.count && isSpace(b[i]) { i += 1 }
                if i >= b.count { break }
                if maxsplit >= 0 && splits >= maxsplit {
                    try piece(i..<b.count)
                    break
                }
                var j = i
                while j < b.count && !isSpace(b[j]) { j += 1 }
                try piece(i..<j)
                splits += 1
                i = j
            }
        } else {
            var j = b.count, splits = 0
            while j > 0 {
                while j > 0 && isSpace(b[j - 1]) { j -= 1 }
                if j == 0 { break }
                if maxsplit >= 0 && splits >= maxsplit {
                    try piece(0..<j)
                    break
                }
                var i = j
                while i > 0 && !isSpace(b[i - 1]) { i -= 1 }
                try piece(i..<j)
                splits += 1
                j = i
            }
            parts.reverse()
        }
        return parts
    }

    /// `strip`/`lstrip`/`rstrip`; the bytes to drop are looked up in a
    /// table (a scan of `chars` per byte was quadratic).
    static func strip(_ b: [UInt8], _ chars: [UInt8]?, left: Bool, right: Bool) -> [UInt8] {
        var table = [Bool](repeating: false, count: 256)
        if let chars { for c in chars { table[Int(c)] = true } } else { for c in 0..<256 where isSpace(UInt8(c)) { table[c] = true } }
        func drop(_ c: UInt8) -> Bool { table[Int(c)] }
        var lo = 0, hi = b.count
        if left { while lo < hi && drop(b[lo]) { lo += 1 } }
        if right { while hi > lo && drop(b[hi - 1]) { hi -= 1 } }
        return Array(b[lo..<hi])
    }

    // MARK: codecs

    static func normalize(_ name: String) -> String {
        String(name.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
    }

    static func codec(_ v: Value?, _ fn: String) throws -> String {
        guard let v else { return "utf-8" }
        guard let name = v.stringValue else {
            throw PyError.typeError("\(fn)() argument 'encoding' must be str, not \(v.type.name)")
        }
        switch normalize(name) {
        case "utf-8", "utf8", "u8", "cp65001": return "utf-8"
        case "ascii", "us-ascii", "646": return "ascii"
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1", "cp819": return "latin-1"
        case "utf-16-le", "utf-16le": return "utf-16-le"
        case "utf-16-be", "utf-16be": return "utf-16-be"
        case "utf-16", "utf16", "u16": return "utf-16"
        case "utf-32-le", "utf-32le": return "utf-32-le"
        case "utf-32-be", "utf-32be": return "utf-32-be"
        case "utf-32", "utf32", "u32": return "utf-32"
        case "utf-8-sig", "utf8-sig": return "utf-8-sig"
        case "cp1252", "windows-1252", "1252": return "cp1252"
        case "unicode-escape", "unicodeescape": return EscapeCodecs.unicodeEscape
        case "raw-unicode-escape", "rawunicodeescape": return EscapeCodecs.rawUnicodeEscape
        case "hex", "hex-codec", "base64", "base-64", "base64-codec", "rot13", "rot-13", "zlib", "zip",
             "zlib-codec", "bz2", "bz2-codec", "quopri", "quotedprintable", "quoted-printable", "quopri-codec",
             "uu", "uu-codec":
            // Bytes-to-bytes (and rot13's str-to-str) codecs are not text encodings.
            let direction = fn == "decode" || fn == "str" ? "decode" : "encode"
            throw PyError(BuiltinTypes.lookupError,
                          "'\(name)' is not a text encoding; use codecs.\(direction)() to handle arbitrary codecs")
        default: throw PyError(BuiltinTypes.lookupError, "unknown encoding: \(name)")
        }
    }

    static func errorsMode(_ v: Value?) throws -> String {
        guard let v else { return "strict" }
        guard let s = v.stringValue else { throw PyError.typeError("errors must be str, not \(v.type.name)") }
        return s
    }

    static func hex2(_ v: UInt32) -> String { (v < 16 ? "0" : "") + String(v, radix: 16) }

    /// `b.hex()` without a separator: two lowercase digits per byte.
    static func hexDigits(_ b: [UInt8]) -> String {
        let symbols = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 2 * b.count) { out in
            for (i, byte) in b.enumerated() {
                out[2 * i] = symbols[Int(byte >> 4)]
                out[2 * i + 1] = symbols[Int(byte & 15)]
            }
            return 2 * b.count
        }
    }

    /// Latin-1 text written straight as UTF-8 (one or two bytes a byte):
    /// appending a scalar at a time took a second for 30 MB.
    static func latin1(_ b: [UInt8]) throws -> String {
        var length = b.count
        for c in b where c >= 0x80 { length += 1 }
        try TextBudget.reserve(bytes: length)
        return String(unsafeUninitializedCapacity: length) { out in
            var i = 0
            for c in b {
                if c < 0x80 {
                    out[i] = c
                    i += 1
                } else {
                    out[i] = 0xC0 | (c >> 6)
                    out[i + 1] = 0x80 | (c & 0x3F)
                    i += 2
                }
            }
            return i
        }
    }

    static func decode(_ b: [UInt8], _ codec: String, _ errors: String) throws -> String {
        // "utf-16"/"utf-32" read a byte order mark, else little-endian (this
        // machine's order, as CPython does), and name the codec they used.
        if codec == "utf-16" {
            if b.starts(with: [0xFF, 0xFE]) { return try decode(Array(b.dropFirst(2)), "utf-16-le", errors) }
            if b.starts(with: [0xFE, 0xFF]) { return try decode(Array(b.dropFirst(2)), "utf-16-be", errors) }
            return try decode(b, "utf-16-le", errors)
        }
        if codec == EscapeCodecs.unicodeEscape { return try EscapeCodecs.decodeUnicodeEscape(b, errors) }
        if codec == EscapeCodecs.rawUnicodeEscape { return try EscapeCodecs.decodeRawUnicodeEscape(b, errors) }
        if codec == "utf-8-sig" {
            return try decode(b.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(b.dropFirst(3)) : b, "utf-8", errors)
        }
        if codec == "utf-32" {
            if b.starts(with: [0xFF, 0xFE, 0, 0]) { return try decode(Array(b.dropFirst(4)), "utf-32-le", errors) }
            if b.starts(with: [0, 0, 0xFE, 0xFF]) { return try decode(Array(b.dropFirst(4)), "utf-32-be", errors) }
            return try decode(b, "utf-32-le", errors)
        }
        // Valid input decodes in one pass over the bytes (the scalar loop
        // below, ~70 ns a byte, let a 200 MB decode outlast the wall limit);
        // the loops handle the errors.
        // The text is reserved before it is made: the validated copy is as
        // long as the bytes; the loops below write at most 3 UTF-8 bytes a
        // byte (4 for backslashreplace, charged as it goes).
        try TextBudget.reserve(bytes: b.count)
        if codec == "utf-8" || codec == "ascii", let text = String(validating: b, as: UTF8.self),
           codec == "utf-8" || text.utf8.count == text.unicodeScalars.count {
            return text
        }
        if codec == "latin-1" { return try latin1(b) }
        try TextBudget.reserve(bytes: b.count.multipliedReportingOverflow(by: 3).partialValue)
        var out = String.UnicodeScalarView()
        func fail(_ start: Int, _ end: Int, _ reason: String) throws -> Int {
            switch errors {
            case "replace": out.append("\u{FFFD}")
            case "ignore": break
            case "backslashreplace":
                for k in start..<end { out.appendScalars("\\x\(hex2(UInt32(b[k])))".unicodeScalars) }
            default:
                throw UnicodeErrors.decodeError(codec == "cp1252" ? "charmap" : codec, b, start, end, reason)
            }
            return end
        }
        switch codec {
        case "latin-1":
            for c in b { out.append(Unicode.Scalar(c)) }
        case "cp1252":
            var i = 0
            while i < b.count {
                if let scalar = cp1252Scalar(b[i]) { out.append(scalar); i += 1 } else {
                    i = try fail(i, i + 1, "character maps to <undefined>")
                }
            }
        case "ascii":
            var i = 0
            while i < b.count {
                if b[i] < 128 { out.append(Unicode.Scalar(b[i])); i += 1 } else { i = try fail(i, i + 1, "ordinal not in range(128)") }
            }
        case "utf-16-le", "utf-16-be":
            var units: [UInt16] = []
            var i = 0
            while i + 1 < b.count {
                units.append(codec == "utf-16-le" ? UInt16(b[i]) | UInt16(b[i + 1]) << 8 : UInt16(b[i]) << 8 | UInt16(b[i + 1]))
                i += 2
            }
            for s in String(decoding: units, as: UTF16.self).unicodeScalars { out.append(s) }
            if b.count % 2 == 1 { _ = try fail(b.count - 1, b.count, "truncated data") }
        case "utf-32-le", "utf-32-be":
            var i = 0
            while i + 3 < b.count {
                let q = b[i..<(i + 4)].map(UInt32.init)
                let v = codec == "utf-32-le" ? q[0] | q[1] << 8 | q[2] << 16 | q[3] << 24
                                             : q[0] << 24 | q[1] << 16 | q[2] << 8 | q[3]
                if let scalar = Unicode.Scalar(v) { out.append(scalar); i += 4 } else {
                    i = try fail(i, i + 4, v > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)")
                }
            }
            if i < b.count { _ = try fail(i, b.count, "truncated data") }
        default:
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 { out.append(Unicode.Scalar(c)); i += 1; continue }
                var need = 0, value: UInt32 = 0, minValue: UInt32 = 0
                if c >= 0xC2 && c <= 0xDF { need = 1; value = UInt32(c & 0x1F); minValue = 0x80 }
                else if c >= 0xE0 && c <= 0xEF { need = 2; value = UInt32(c & 0x0F); minValue = 0x800 }
                else if c >= 0xF0 && c <= 0xF4 { need = 3; value = UInt32(c & 0x07); minValue = 0x10000 }
                else { i = try fail(i, i + 1, "invalid start byte"); continue }
                var j = 1
                var bad = false
                while j <= need {
                    if i + j >= b.count {
                        i = try fail(i, b.count, "unexpected end of data")
                        bad = true
                        break
                    }
                    let cc = b[i + j]
                    var ok = cc & 0xC0 == 0x80
                    if j == 1 {
                        if c == 0xE0 && cc < 0xA0 { ok = false }
                        if c == 0xED && cc > 0x9F { ok = false }
                        if c == 0xF0 && cc < 0x90 { ok = false }
                        if c == 0xF4 && cc > 0x8F { ok = false }
                    }
                    if !ok {
                        i = try fail(i, i + j, "invalid continuation byte")
                        bad = true
                        break
                    }
                    value = value << 6 | UInt32(cc & 0x3F)
                    j += 1
                }
                if bad { continue }
                if value >= minValue, let s = Unicode.Scalar(value) { out.append(s) }
                i += need + 1
            }
        }
        return String(out)
    }

    /// Windows-1252's 0x80-0x9F (0: undefined); the rest is Latin-1.
    private static let cp1252High: [UInt32] = [
        0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
        0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
    ]

    static func cp1252Scalar(_ byte: UInt8) -> Unicode.Scalar? {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let v = cp1252High[Int(byte) - 0x80]
        return v == 0 ? nil : Unicode.Scalar(v)
    }

    static func cp1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
        guard let i = cp1252High.firstIndex(of: scalar.value), scalar.value != 0 else { return nil }
        return UInt8(0x80 + i)
    }

    static func encode(_ s: String, _ codec: String, _ errors: String) throws -> [UInt8] {
        switch codec {
        case "utf-8":
            return Array(s.utf8)
        case "utf-8-sig":
            return [0xEF, 0xBB, 0xBF] + Array(s.utf8)
        case EscapeCodecs.unicodeEscape:
            return EscapeCodecs.encodeUnicodeEscape(s)
        case EscapeCodecs.rawUnicodeEscape:
            return EscapeCodecs.encodeRawUnicodeEscape(s)
        case "cp1252":
            var out: [UInt8] = []
            let scalars = Array(s.unicodeScalars)
            var i = 0
            while i < scalars.count {
                if let byte = cp1252Byte(scalars[i]) { out.append(byte); i += 1; continue }
                switch errors {
                case "replace": out.append(UInt8(ascii: "?"))
                case "ignore": break
                case "xmlcharrefreplace": out.append(contentsOf: Array("&#\(scalars[i].value);".utf8))
                default:
                    throw UnicodeErrors.encodeError("charmap", scalars, i, i + 1, "character maps to <undefined>")
                }
                i += 1
            }
            return out
        case "utf-16", "utf-16-le", "utf-16-be":
            // Written in place (a byte order mark first for "utf-16"):
            // appending byte by byte to a growing array took seconds for a
            // 30 MB text.
            let bom = codec == "utf-16" ? 2 : 0
            let big = codec == "utf-16-be"
            let units = s.utf16
            return [UInt8](unsafeUninitializedCapacity: bom + 2 * units.count) { buffer, count in
                var i = 0
                if bom > 0 { buffer[0] = 0xFF; buffer[1] = 0xFE; i = 2 }
                for u in units {
                    buffer[i] = UInt8(big ? u >> 8 : u & 0xFF)
                    buffer[i + 1] = UInt8(big ? u & 0xFF : u >> 8)
                    i += 2
                }
                count = i
            }
        case "utf-32", "utf-32-le", "utf-32-be":
            // As above; a four-byte array per code point made 30 million
            // allocations for a 30 MB text.
            let bom = codec == "utf-32" ? 4 : 0
            let big = codec == "utf-32-be"
            let scalars = s.unicodeScalars
            return [UInt8](unsafeUninitializedCapacity: bom + 4 * scalars.count) { buffer, count in
                var i = 0
                if bom > 0 { buffer[0] = 0xFF; buffer[1] = 0xFE; buffer[2] = 0; buffer[3] = 0; i = 4 }
                for u in scalars {
                    let v = u.value
                    for k in 0..<4 {
                        buffer[i + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(big ? 3 - k : k)))
                    }
                    i += 4
                }
                count = i
            }
        default:
            // All ASCII: every single-byte codec here keeps the bytes.
            if s.utf8.allSatisfy({ $0 < 0x80 }) { return Array(s.utf8) }
            let scalars = Array(s.unicodeScalars)
            let limit: UInt32 = codec == "ascii" ? 128 : 256
            var out: [UInt8] = []
            var i = 0
            while i < scalars.count {
                let v = scalars[i].value
                if v < limit { out.append(UInt8(v)); i += 1; continue }
                var j = i
                while j < scalars.count && scalars[j].value >= limit { j += 1 }
                switch errors {
                case "replace": out.append(contentsOf: Array(repeating: UInt8(ascii: "?"), count: j - i))
                case "ignore": break
                case "backslashreplace":
                    for k in i..<j {
                        let x = scalars[k].value
                        let text = x < 0x100 ? "\\x" + hex2(x) : x < 0x10000
                            ? "\\u" + String(repeating: "0", count: 4 - String(x, radix: 16).count) + String(x, radix: 16)
                            : "\\U" + String(repeating: "0", count: 8 - String(x, radix: 16).count) + String(x, radix: 16)
                        out.append(contentsOf: Array(text.utf8))
                    }
                case "xmlcharrefreplace":
                    for k in i..<j { out.append(contentsOf: Array("&#\(scalars[k].value);".utf8)) }
                default:
                    let range = codec == "ascii" ? "range(128)" : "range(256)"
                    throw UnicodeErrors.encodeError(codec, Array(scalars), i, j, "ordinal not in \(range)")
                }
                i = j
            }
            return out
        }
    }

    // MARK: install

    static func install() {
        install(on: PyBytes.type, make: { .object(PyBytes($0)) })
        install(on: PyByteArray.type, make: { .object(PyByteArray($0)) })
        BuiltinTypes.str.defineMethod("encode") { vm, a in
            let s = try a.bind("encode", ["encoding", "errors"], required: 0, skipSelf: 1)
            guard let text = a[0].stringValue else { throw PyError.typeError("descriptor 'encode' requires a 'str' object") }
            let codec = try codec(s[0], "encode")
            // The result, and for the single-byte codecs the code points too.
            try vm.charge(text.utf8.count * (codec == "utf-8" ? 1 : 5))
            return make(try encode(text, codec, try errorsMode(s[1])))
        }
        ByteArrayMethods.install()
        MemoryViewMethods.install()
    }

    /// The methods `bytes` and `bytearray` share; `make` builds a result of
    /// the receiver's type.
    static func install(on t: PyType, make: @escaping ([UInt8]) -> Value) {
        t.defineMethod("decode") { vm, a in
            let s = try a.bind("decode", ["encoding", "errors"], required: 0, skipSelf: 1)
            let b = try receiver(a, "decode")
            return try vm.newStr(try decode(b, try codec(s[0], "decode"), try errorsMode(s[1])))
        }
        t.defineMethod("hex") { vm, a in
            let s = try a.bind("hex", ["sep", "bytes_per_sep"], required: 0, skipSelf: 1)
            let b = try receiver(a, "hex")
            guard let sepValue = s[0] else {
                try vm.charge(2 * b.count)
                return try vm.newStr(hexDigits(b))
            }
            try vm.charge(40 * b.count)
            let digits = b.map { hex2(UInt32($0)) }
            let sep: String
            if let str = sepValue.stringValue { sep = str } else if let sb = bytesOf(sepValue) {
                sep = String(decoding: sb, as: UTF8.self)
            } else { throw PyError.typeError("sep must be str or bytes.") }
            if sep.unicodeScalars.count != 1 { throw PyError.valueError("sep must be length 1.") }
            let per = try s[1].map { try vm.indexInt($0) } ?? 1
            // CPython reads `bytes_per_sep` as a C int.
            guard let _ = Int32(exactly: per) else { throw PyError.overflow("Python int too large to convert to C int") }
            if per == 0 || b.isEmpty { return .str(digits.joined()) }
            let group = abs(per)
            var chunks: [String] = []
            if per > 0 {
                var end = digits.count
                while end > 0 {
                    let start = max(0, end - group)
                    chunks.insert(digits[start..<end].joined(), at: 0)
                    end = start
                }
            } else {
                var start = 0
                while start < digits.count {
                    let end = min(digits.count, start + group)
                    chunks.append(digits[start..<end].joined())
                    start = end
                }
            }
            return .str(chunks.joined(separator: sep))
        }
        t.defineClassMethod("fromhex") { _, a in
            try a.check("fromhex", min: 2, max: 2, skipSelf: 1)
            guard let text = a[1].stringValue else {
                throw PyError.typeError("fromhex() argument must be str, not \(a[1].type.name)")
            }
            let chars = Array(text.unicodeScalars)
            var out: [UInt8] = []
            var i = 0
            func digit(_ c: Unicode.Scalar) -> UInt8? {
                switch c.value {
                case 48...57: return UInt8(c.value - 48)
                case 97...102: return UInt8(c.value - 87)
                case 65...70: return UInt8(c.value - 55)
                default: return nil
                }
            }
            while i < chars.count {
                if chars[i] == " " || (chars[i].value >= 9 && chars[i].value <= 13) { i += 1; continue }
                guard let hi = digit(chars[i]) else {
                    throw PyError.valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
                }
                guard i + 1 < chars.count, let lo = digit(chars[i + 1]) else {
                    throw PyError.valueError("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
                }
                out.append(hi << 4 | lo)
                i += 2
            }
            return make(out)
        }
        t.defineMethod("join") { vm, a in
            try a.check("join", min: 2, max: 2, skipSelf: 1)
            let sep = try receiver(a, "join")
            var out: [UInt8] = []
            var index = 0
            try vm.forEach(a[1]) { item in
                guard let b = bytesOf(item) else {
                    throw PyError.typeError("sequence item \(index): expected a bytes-like object, \(item.type.name) found")
                }
                // Before it grows: a thousand 1 MB items must not build 1 GB
                // first. A full buffer is reallocated at twice its size while
                // the old one lives, so that is what is charged.
                let needed = out.count + sep.count + b.count
                if needed > out.capacity { try vm.charge(max(needed, 2 * out.capacity)) }
                if index > 0 { out.append(contentsOf: sep) }
                out.append(contentsOf: b)
                index += 1
            }
            try vm.charge(out.count)
            return make(out)
        }
        for (name, reverse) in [("partition", false), ("rpartition", true)] {
            t.defineMethod(name) { _, a in
                try a.check(name, min: 2, max: 2, skipSelf: 1)
                let b = try receiver(a, name)
                let sep = try argBytes(a[1])
                if sep.isEmpty { throw PyError.valueError("empty separator") }
                guard let i = find(b[...], sep, from: 0, reverse: reverse) else {
                    return .object(PyTuple(reverse ? [make([]), make([]), make(b)] : [make(b), make([]), make([])]))
                }
                return .object(PyTuple([make(Array(b[..<i])), make(sep), make(Array(b[(i + sep.count)...]))]))
            }
        }
        for (name, reverse) in [("split", false), ("rsplit", true)] {
            t.defineMethod(name) { vm, a in
                let s = try a.bind(name, ["sep", "maxsplit"], required: 0, skipSelf: 1)
                let b = try receiver(a, name)
                let sep = try s[0].flatMap { $0.isNone ? nil : try argBytes($0) }
                let maxsplit = try s[1].map { try vm.indexInt($0) } ?? -1
                return .object(PyList(try split(vm, b, sep, maxsplit, reverse: reverse, make: make)))
            }
        }
        t.defineMethod("splitlines") { vm, a in
            let s = try a.bind("splitlines", ["keepends"], required: 0, skipSelf: 1)
            let b = try receiver(a, "splitlines")
            let keep = try s[0].map { try vm.isTruthy($0) } ?? false
            var lines: [Value] = []
            var start = 0, i = 0
            while i < b.count {
                if b[i] == 10 || b[i] == 13 {
                    var end = i + 1
                    if b[i] == 13 && i + 1 < b.count && b[i + 1] == 10 { end = i + 2 }
                    try vm.nativeWork()
                    lines.append(make(Array(b[start..<(keep ? end : i)])))
                    start = end
                    i = end
                } else { i += 1 }
            }
            if start < b.count { lines.append(make(Array(b[start...]))) }
            return .object(PyList(lines))
        }
        for (name, suffix) in [("startswith", false), ("endswith", true)] {
            t.defineMethod(name) { vm, a in
                try a.check(name, min: 2, max: 4, skipSelf: 1)
                let b = try receiver(a, name)
                let (lo, hi) = try bounds(vm, b.count, a.optional(2), a.optional(3))
                let candidates: [Value]
                if case .object(let o) = a[1], let tup = o as? PyTuple { candidates = tup.items } else { candidates = [a[1]] }
                for c in candidates {
                    guard let p = bytesOf(c) else {
                        throw PyError.typeError("\(name) first arg must be bytes or a tuple of bytes, not \(c.type.name)")
                    }
                    if hi - lo < p.count || lo > b.count { continue }
                    let window = suffix ? b[(hi - p.count)..<hi] : b[lo..<(lo + p.count)]
                    if window.elementsEqual(p) { return .true }
                }
                return .false
            }
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            t.defineMethod(name) { _, a in
                try a.check(name, min: 1, max: 2, skipSelf: 1)
                let b = try receiver(a, name)
                let chars = try a.optional(1).flatMap { $0.isNone ? nil : try argBytes($0) }
                return make(strip(b, chars, left: left, right: right))
            }
        }
        let mappers: [(String, ([UInt8]) -> [UInt8])] = [
            ("lower", { $0.map(lower) }), ("upper", { $0.map(upper) }),
            ("swapcase", { $0.map { isUpper($0) ? lower($0) : upper($0) } }),
            ("capitalize", { b in b.enumerated().map { $0.offset == 0 ? upper($0.element) : lower($0.element) } }),
            ("title", { b in
                var prevCased = false
                return b.map { c in
                    let out = prevCased ? lower(c) : upper(c)
                    prevCased = isAlpha(c)
                    return out
                }
            }),
        ]
        for (name, fn) in mappers {
            t.defineMethod(name) { _, a in
                try a.check(name, min: 1, max: 1, skipSelf: 1)
                return make(fn(try receiver(a, name)))
            }
        }
        let predicates: [(String, ([UInt8]) -> Bool)] = [
            ("isdigit", { !$0.isEmpty && $0.allSatisfy(isDigit) }),
            ("isalpha", { !$0.isEmpty && $0.allSatisfy(isAlpha) }),
            ("isalnum", { !$0.isEmpty && $0.allSatisfy { isAlpha($0) || isDigit($0) } }),
            ("isspace", { !$0.isEmpty && $0.allSatisfy(isSpace) }),
            ("islower", { $0.contains(where: isLower) && !$0.contains(where: isUpper) }),
            ("isupper", { $0.contains(where: isUpper) && !$0.contains(where: isLower) }),
            ("isascii", { $0.allSatisfy { $0 < 128 } }),
            ("istitle", { b in
                var cased = false, prevCased = false
                for c in b {
                    if isUpper(c) { if prevCased { return false }; prevCased = true; cased = true } else if isLower(c) {
                        if !prevCased { return false }; prevCased = true; cased = true
                    } else { prevCased = false }
                }
                return cased
            }),
        ]
        for (name, fn) in predicates {
            t.defineMethod(name) { _, a in
                try a.check(name, min: 1, max: 1, skipSelf: 1)
                return .bool(fn(try receiver(a, name)))
            }
        }
        t.defineMethod("replace") { vm, a in
            try a.check("replace", min: 3, max: 4, skipSelf: 1)
            let b = try receiver(a, "replace")
            let old = try argBytes(a[1]), new = try argBytes(a[2])
            var count = try a.optional(3).map { try vm.indexInt($0) } ?? -1
            try vm.chargeReplace(length: b.count, oldCount: old.count, newCount: new.count, count: count,
                                 elementSize: 1) { occurrences(b, old) }
            if count < 0 { count = Int.max }
            var out: [UInt8] = []
            if old.isEmpty {
                var n = 0
                for (k, c) in b.enumerated() {
                    if n < count { out.append(contentsOf: new); n += 1 }
                    out.append(c)
                    if k == b.count - 1 && n < count { out.append(contentsOf: new) }
                }
                if b.isEmpty && count > 0 { out = new }
                return make(out)
            }
            // Searched in place (a slice search and small appends per
            // match took 3 s for 20 million matches, past the wall limit).
            out.reserveCapacity(b.count)
            try b.withUnsafeBufferPointer { hay in
                try old.withUnsafeBufferPointer { pattern in
                    var start = 0, n = 0
                    while n < count {
                        let i = LinearSearch.first(hay, pattern, from: start, to: hay.count)
                        if i < 0 { break }
                        try vm.nativeWork()
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[start..<i]))
                        out.append(contentsOf: new)
                        start = i + pattern.count
                        n += 1
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[start...]))
                }
            }
            return make(out)
        }
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true),
                                         ("rindex", true, true)] {
            t.defineMethod(name) { vm, a in
                try a.check(name, min: 2, max: 4, skipSelf: 1)
                let b = try receiver(a, name)
                let sub = try needle(vm, a[1])
                let (lo, hi) = try bounds(vm, b.count, a.optional(2), a.optional(3))
                if lo <= hi, !(try startsPastEnd(vm, b.count, a.optional(2))),
                   let i = find(b[lo..<hi], sub, from: lo, reverse: reverse) { return .int(i) }
                if raises { throw PyError.valueError("subsection not found") }
                return .int(-1)
            }
        }
        t.defineMethod("count") { vm, a in
            try a.check("count", min: 2, max: 4, skipSelf: 1)
            let b = try receiver(a, "count")
            let sub = try needle(vm, a[1])
            let (lo, hi) = try bounds(vm, b.count, a.optional(2), a.optional(3))
            if try lo > hi || startsPastEnd(vm, b.count, a.optional(2)) { return .int(0) }
            if sub.isEmpty { return .int(hi - lo + 1) }
            var n = 0, start = lo
            while let i = find(b[lo..<hi], sub, from: start, reverse: false) { n += 1; start = i + sub.count }
            return .int(n)
        }
        for name in ["center", "ljust", "rjust"] {
            t.defineMethod(name) { vm, a in
                try a.check(name, min: 2, max: 3, skipSelf: 1)
                let b = try receiver(a, name)
                let width = try vm.indexInt(a[1])
                var fill: UInt8 = 32
                if let f = a.optional(2) {
                    guard let fb = bytesOf(f), fb.count == 1 else {
                        throw PyError.typeError("\(name)() argument 2 must be a byte string of length 1, not \(f.type.name)")
                    }
                    fill = fb[0]
                }
                if width <= b.count { return make(b) }
                try vm.charge(width)
                let pad = width - b.count
                let left: Int
                switch name {
                case "ljust": left = 0
                case "rjust": left = pad
                default: left = pad / 2 + (pad & width & 1)
                }
                return make(Array(repeating: fill, count: left) + b + Array(repeating: fill, count: pad - left))
            }
        }
        t.defineMethod("zfill") { vm, a in
            try a.check("zfill", min: 2, max: 2, skipSelf: 1)
            let b = try receiver(a, "zfill")
            let width = try vm.indexInt(a[1])
            if width <= b.count { return make(b) }
            try vm.charge(width)
            let fill = Array(repeating: UInt8(ascii: "0"), count: width - b.count)
            if let first = b.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
                return make([first] + fill + Array(b.dropFirst()))
            }
            return make(fill + b)
        }
        for (name, prefix) in [("removeprefix", true), ("removesuffix", false)] {
            t.defineMethod(name) { _, a in
                try a.check(name, min: 2, max: 2, skipSelf: 1)
                let b = try receiver(a, name)
                let affix = try argBytes(a[1])
                if prefix, b.starts(with: affix) { return make(Array(b.dropFirst(affix.count))) }
                if !prefix, !affix.isEmpty, b.count >= affix.count, b.suffix(affix.count).elementsEqual(affix) {
                    return make(Array(b.dropLast(affix.count)))
                }
                return make(b)
            }
        }
        t.defineStaticMethod("maketrans") { _, a in
            try a.check("maketrans", min: 2, max: 2)
            let from = try argBytes(a[0]), to = try argBytes(a[1])
            if from.count != to.count { throw PyError.valueError("maketrans arguments must have same length") }
            var table = (0..<256).map { UInt8($0) }
            for (f, t) in zip(from, to) { table[Int(f)] = t }
            return BytesLibraryMethods.make(table)
        }
        t.defineMethod("translate") { _, a in
            let s = try a.bind("translate", ["table", "delete"], required: 1, skipSelf: 1)
            let b = try receiver(a, "translate")
            var table: [UInt8]? = nil
            if let tv = s[0], !tv.isNone {
                let tb = try argBytes(tv)
                if tb.count != 256 { throw PyError.valueError("translation table must be 256 characters long") }
                table = tb
            }
            let delete = try s[1].map(argBytes) ?? []
            var out: [UInt8] = []
            for c in b where !delete.contains(c) { out.append(table.map { $0[Int(c)] } ?? c) }
            return make(out)
        }
        t.defineMethod("expandtabs") { vm, a in
            let s = try a.bind("expandtabs", ["tabsize"], required: 0, skipSelf: 1)
            let b = try receiver(a, "expandtabs")
            let size = try s[0].map { try vm.indexInt($0) } ?? 8
            let tabs = b.reduce(0) { $0 + ($1 == 9 ? 1 : 0) }
            try vm.charge(tabs, times: max(0, size))
            var out: [UInt8] = []
            var col = 0
            for c in b {
                if c == 9 {
                    if size > 0 { let n = size - col % size; out.append(contentsOf: Array(repeating: 32, count: n)); col += n }
                } else {
                    out.append(c)
                    col = (c == 10 || c == 13) ? 0 : col + 1
                }
            }
            return make(out)
        }
    }
}

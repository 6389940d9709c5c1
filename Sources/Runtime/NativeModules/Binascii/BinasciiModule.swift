import BigInt

/// `binascii`: hexlify/unhexlify (b2a_hex/a2b_hex), b2a_base64/a2b_base64,
/// crc32, crc_hqx, `Error` and `Incomplete`, with CPython 3.11's messages.
enum BinasciiModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("binascii", make)]

    /// `binascii.Error` (a ValueError).
    static let errorType = PyType(name: "Error", bases: [BuiltinTypes.valueError], builtin: true, layout: .exception,
                                  module: "binascii")
    /// `binascii.Incomplete`.
    static let incompleteType = PyType(name: "Incomplete", bases: [BuiltinTypes.exception], builtin: true,
                                       layout: .exception, module: "binascii")

    static func error(_ message: String) -> PyError { PyError(errorType, message) }

    /// A bytes-like argument (`a bytes-like object is required, not 'str'`).
    static func data(_ v: Value) throws -> [UInt8] { try BytesLibraryMethods.argBytes(v) }

    /// An `a2b_*` argument: bytes-like or an ASCII str.
    static func ascii(_ v: Value) throws -> [UInt8] {
        if let s = v.stringValue {
            guard s.unicodeScalars.allSatisfy({ $0.value < 128 }) else {
                throw PyError.valueError("string argument should contain only ASCII characters")
            }
            return Array(s.utf8)
        }
        guard let b = BytesLibraryMethods.bytesOf(v) else {
            throw PyError.typeError("argument should be bytes, buffer or ASCII string, not '\(v.type.cTypeName)'")
        }
        return b
    }

    /// `n` modulo 2**bits (C's unsigned conversion with a bit mask).
    static func mask(_ n: BigInt, bits: Int) -> UInt64 {
        let m = BigInt(1) << bits
        var r = n % m
        if r < 0 { r += m }
        return UInt64(r)
    }

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "binascii")
        m.add("Error", .object(errorType))
        m.add("Incomplete", .object(incompleteType))
        for name in ["hexlify", "b2a_hex"] {
            m.addFunction(name) { vm, a in
                let slots = try a.bind(name, ["data", "sep", "bytes_per_sep"], required: 1)
                let bytes = try data(slots[0] ?? .none)
                try vm.charge(bytes.count * 2)
                var rest: [Value] = []
                if let sep = slots[1] { rest.append(sep) }
                if let per = slots[2] {
                    if rest.isEmpty { rest.append(.none) }
                    rest.append(per)
                }
                if rest.first?.isNone == true { rest = [] }
                let text = try vm.callMethod(.object(PyBytes(bytes)), "hex", rest)
                return .object(PyBytes(Array((text.stringValue ?? "").utf8)))
            }
        }
        for name in ["unhexlify", "a2b_hex"] {
            m.addFunction(name) { vm, a in
                let slots = try a.bind(name, ["hexstr"], required: 1)
                let text = try ascii(slots[0] ?? .none)
                guard text.count % 2 == 0 else { throw error("Odd-length string") }
                var out: [UInt8] = []
                out.reserveCapacity(text.count / 2)
                func digit(_ c: UInt8) throws -> UInt8 {
                    switch c {
                    case 48...57: return c - 48
                    case 65...70: return c - 55
                    case 97...102: return c - 87
                    default: throw error("Non-hexadecimal digit found")
                    }
                }
                var i = 0
                while i < text.count {
                    out.append(try digit(text[i]) << 4 | digit(text[i + 1]))
                    i += 2
                }
                try vm.nativeWork(text.count >> 6)
                return .object(PyBytes(out))
            }
        }
        m.addFunction("b2a_base64") { vm, a in
            let slots = try a.bind("b2a_base64", ["data", "newline"], required: 1, maxPositional: 1)
            let bytes = try data(slots[0] ?? .none)
            let newline = try slots[1].map { try vm.isTruthy($0) } ?? true
            try vm.charge(bytes.count / 3 * 4 + 8)
            try vm.nativeWork(bytes.count >> 6)
            return .object(PyBytes(Base64Codec.encode(bytes, newline: newline)))
        }
        m.addFunction("a2b_base64") { vm, a in
            let slots = try a.bind("a2b_base64", ["data", "strict_mode"], required: 1, maxPositional: 1)
            let text = try ascii(slots[0] ?? .none)
            let strict = try slots[1].map { try vm.isTruthy($0) } ?? false
            try vm.nativeWork(text.count >> 6)
            return .object(PyBytes(try Base64Codec.decode(text, strict: strict)))
        }
        m.addFunction("crc32") { vm, a in
            try a.check("crc32", min: 1, max: 2)
            let bytes = try data(a[0])
            let start = try a.optional(1).map { try vm.indexValue($0) } ?? 0
            let seed = UInt32(mask(start, bits: 32))
            try vm.nativeWork(bytes.count >> 6)
            return .int(Int(Base64Codec.crc32(bytes, seed)))
        }
        m.addFunction("crc_hqx") { vm, a in
            try a.check("crc_hqx", min: 2, max: 2)
            let bytes = try data(a[0])
            let start = try vm.indexValue(a[1])
            try vm.nativeWork(bytes.count >> 6)
            return .int(Int(Base64Codec.crcHqx(bytes, UInt16(mask(start, bits: 16)))))
        }
        return m
    }
}

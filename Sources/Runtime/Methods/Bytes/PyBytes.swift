/// A Python `bytes` object: an immutable sequence of octets. Only what the
/// playground needs: `str.encode`, `int.to_bytes`/`from_bytes`, `repr`,
/// `len`, indexing, iteration, `decode` and `hex`.
public final class PyBytes: PyObject, NativeContainer, NativeIterable, CustomPyRepr, NativeHashable {
    /// The type object `bytes`.
    public static let type = PyType(name: "bytes", bases: [BuiltinTypes.object], builtin: true, layout: .native)

    /// The octets.
    public let bytes: [UInt8]

    /// Creates a `bytes` object.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: nil)
    }

    /// Creates an instance of a `bytes` subclass (it has a `__dict__`).
    public init(_ bytes: [UInt8], type: PyType) {
        self.bytes = bytes
        super.init(type: type, hasDict: true)
    }
    public override var exactBuiltinType: PyType { PyBytes.type }

    public func nativeLength(_ vm: Interpreter) throws -> Int { bytes.count }

    public func nativeGetItem(_ vm: Interpreter, _ key: Value) throws -> Value {
        if case .object(let o) = key, let slice = o as? PySlice {
            let r = try slice.indices(length: bytes.count)
            var out: [UInt8] = []
            var i = r.start
            for _ in 0..<max(0, r.count) { out.append(bytes[i]); i += r.step }
            return .object(PyBytes(out))
        }
        guard let n = key.intValue else {
            throw PyError.typeError("byte indices must be integers or slices, not \(key.type.name)")
        }
        let i = n < 0 ? n + bytes.count : n
        guard i >= 0 && i < bytes.count else { throw PyError.indexError("index out of range") }
        return .int(Int(bytes[i]))
    }

    public func nativeContains(_ vm: Interpreter, _ item: Value) throws -> Bool? {
        if let i = item.intValue {
            guard i >= 0 && i < 256 else { throw PyError.valueError("byte must be in range(0, 256)") }
            return bytes.contains(UInt8(i))
        }
        if let needle = BytesLibraryMethods.bytesOf(item) {
            // Linear worst case: a window comparison per offset was
            // quadratic (`b'a' * 500_000 + b'b' in b'a' * 10**6`).
            return BytesLibraryMethods.find(bytes[...], needle, from: 0, reverse: false) != nil
        }
        throw PyError.typeError("a bytes-like object is required, not '\(item.type.cTypeName)'")
    }

    public func makeIterator(_ vm: Interpreter) throws -> Value {
        .object(PyArrayIterator(bytes.map { .int(Int($0)) }))
    }

    public func pyRepr(_ vm: Interpreter) throws -> String { try PyBytes.repr(bytes) }

    /// FNV-1a over the octets (deterministic, like the runtime's str hash).
    public func nativeHash(_ vm: Interpreter) throws -> Int {
        if bytes.isEmpty { return 0 }  // CPython: hash(b'') == 0 whatever the seed
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        let r = Int(bitPattern: UInt(h >> 3))
        return r == -1 ? -2 : r
    }

    /// `repr(b)`: `b'...'`, double quotes only when the bytes contain `'`
    /// and no `"`; non-printable octets as `\xhh`. Measured first and
    /// written in place (one concatenation per byte took seconds for 20 MB),
    /// its length reserved against the run's memory limit (`TextBudget`).
    public static func repr(_ bytes: [UInt8]) throws -> String {
        let useDouble = bytes.contains(0x27) && !bytes.contains(0x22)
        let quote: UInt8 = useDouble ? 0x22 : 0x27
        func escapedLength(_ b: UInt8) -> Int {
            switch b {
            case quote, 0x5C, 0x09, 0x0A, 0x0D: return 2
            case 0x20..<0x7F: return 1
            default: return 4
            }
        }
        var length = 3
        for b in bytes { length += escapedLength(b) }
        try TextBudget.reserve(bytes: length)
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: length) { out in
            var i = 0
            func put(_ c: UInt8) {
                out[i] = c
                i += 1
            }
            put(0x62)
            put(quote)
            for b in bytes {
                switch b {
                case quote, 0x5C: put(0x5C); put(b)
                case 0x09: put(0x5C); put(0x74)
                case 0x0A: put(0x5C); put(0x6E)
                case 0x0D: put(0x5C); put(0x72)
                case 0x20..<0x7F: put(b)
                default: put(0x5C); put(0x78); put(digits[Int(b >> 4)]); put(digits[Int(b & 15)])
                }
            }
            put(quote)
            return i
        }
    }
}

/// `bytes` methods and `str.encode`.
enum BytesMethods {
    static func install() {
        let type = PyBytes.type
        type.defineNew { vm, cls, a in
            let made = try newBytes(vm, a)
            guard cls !== PyBytes.type, case .object(let o) = made, let b = o as? PyBytes else { return made }
            return .object(PyBytes(b.bytes, type: cls))
        }
        installMethods(on: type)
    }

    /// `bytes(...)` for the exact type: `bytes(str, encoding[, errors])`,
    /// `bytes(n)`, `bytes(obj with __bytes__)`, `bytes(bytes-like)` or
    /// `bytes(iterable of ints)`, with CPython 3.11's messages.
    private static func newBytes(_ vm: Interpreter, _ a: Args) throws -> Value {
        let names = ["source", "encoding", "errors"]
        if let bad = a.keywords.first(where: { !names.contains($0.name) }) {
            throw PyError.typeError("'\(bad.name)' is an invalid keyword argument for bytes()")
        }
        let s = try a.bind("bytes", names, required: 0)
        guard let source = s[0] else {
            if s[1] != nil { throw PyError.typeError("encoding without a string argument") }
            if s[2] != nil { throw PyError.typeError("errors without a string argument") }
            return .object(PyBytes([]))
        }
        if let text = source.stringValue {
            guard s[1] != nil else { throw PyError.typeError("string argument without an encoding") }
            let codec = try BytesLibraryMethods.codec(s[1], "bytes")
            try vm.charge(text.utf8.count)
            return .object(PyBytes(try BytesLibraryMethods.encode(text, codec, try BytesLibraryMethods.errorsMode(s[2]))))
        }
        if s[1] != nil { throw PyError.typeError("encoding without a string argument") }
        if s[2] != nil { throw PyError.typeError("errors without a string argument") }
        if case .object(let o) = source, let b = o as? PyBytes, b.type === PyBytes.type { return source }
        if !source.type.isBuiltin, source.type.lookup("__bytes__") != nil {
            let made = try vm.callMethod(source, "__bytes__", [])
            guard made.object is PyBytes else {
                throw PyError.typeError("__bytes__ returned non-bytes (type \(made.type.name))")
            }
            return made
        }
        if source.isInteger || source.type.lookup(Names.index) != nil {
            guard let n = Int(exactly: try vm.indexValue(source)) else {
                throw PyError.overflow("cannot fit 'int' into an index-sized integer")
            }
            if n < 0 { throw PyError.valueError("negative count") }
            try vm.charge(n)
            return .object(PyBytes(Array(repeating: 0, count: n)))
        }
        guard BytesLibraryMethods.bytesOf(source) != nil || vm.isIterable(source) else {
            throw PyError.typeError("cannot convert '\(source.type.cTypeName)' object to bytes")
        }
        do {
            return .object(PyBytes(try ByteArrayMethods.octets(vm, source, for: "cannot convert '\(source.type.cTypeName)' object to bytes")))
        } catch let e as PyError where e.exception.type === BuiltinTypes.valueError {
            throw PyError.valueError("bytes must be in range(0, 256)")
        }
    }

    private static func installMethods(on type: PyType) {
        type.defineMethod("decode") { vm, a in
            let slots = try a.bind("decode", ["encoding", "errors"], required: 0, skipSelf: 1)
            if let e = slots[0] { try checkEncoding(e) }
            guard case .object(let o) = a[0], let b = o as? PyBytes else { return .none }
            try TextBudget.reserve(bytes: b.bytes.count)
            guard let text = String(validating: b.bytes, as: UTF8.self) else {
                throw PyError(BuiltinTypes.unicodeError, "'utf-8' codec can't decode bytes")
            }
            return try vm.newStr(text)
        }
        type.defineMethod("__bytes__") { _, a in
            try a.check("bytes.__bytes__", min: 1, max: 1, skipSelf: 1)
            guard case .object(let o) = a[0], let b = o as? PyBytes else {
                throw PyError.typeError("descriptor '__bytes__' requires a 'bytes' object but received '\(a[0].type.cTypeName)'")
            }
            if b.type === PyBytes.type { return a[0] }
            return .object(PyBytes(b.bytes))
        }
        type.defineMethod("hex") { _, a in
            try a.check("bytes.hex", min: 1, max: 1, skipSelf: 1)
            guard case .object(let o) = a[0], let b = o as? PyBytes else { return .none }
            return .str(b.bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined())
        }
        BuiltinTypes.str.defineMethod("encode") { _, a in
            let slots = try a.bind("encode", ["encoding", "errors"], required: 0, skipSelf: 1)
            if let e = slots[0] { try checkEncoding(e) }
            guard let s = a[0].stringValue else { return .none }
            return .object(PyBytes(Array(s.utf8)))
        }
    }

    /// Only UTF-8 (and its aliases) is supported.
    static func checkEncoding(_ v: Value) throws {
        guard let name = v.stringValue else {
            throw PyError.typeError("encode() argument 'encoding' must be str, not \(v.type.name)")
        }
        let normalized = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        if !["utf-8", "utf8", "u8", "ascii"].contains(normalized) {
            throw PyError(BuiltinTypes.lookupError, "unknown encoding: \(name)")
        }
    }
}

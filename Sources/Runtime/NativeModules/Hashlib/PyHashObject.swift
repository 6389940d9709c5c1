/// A `hashlib` hash object (`_hashlib.HASH`, `_hashlib.HASHXOF`,
/// `_blake2.blake2b`/`blake2s`): an OpenSSL digest context and its name.
final class PyHashObject: PyObject {
    /// The algorithm (`name`, the kind of object).
    let algorithm: HashAlgorithm
    /// The running digest.
    let context: HashState
    /// The type this object reports.
    private let pyType: PyType

    init(algorithm: HashAlgorithm, context: HashState) {
        self.algorithm = algorithm
        self.context = context
        self.pyType = HashObjectTypes.type(for: algorithm)
        super.init(type: nil)
    }

    override var exactBuiltinType: PyType { pyType }
}

/// The types of hash objects and their methods (CPython 3.11's names and errors).
enum HashObjectTypes {
    static let hash = make("HASH", module: "_hashlib", xof: false)
    static let hashXOF = make("HASHXOF", module: "_hashlib", xof: true)
    static let blake2b = make("blake2b", module: "_blake2", xof: false)
    static let blake2s = make("blake2s", module: "_blake2", xof: false)

    static func type(for algorithm: HashAlgorithm) -> PyType {
        switch algorithm.typeKey {
        case "HASHXOF": return hashXOF
        case "blake2b": return blake2b
        case "blake2s": return blake2s
        default: return hash
        }
    }

    /// The octets of a hashed argument, with `_hashlib`'s errors for text
    /// and for objects without the buffer protocol.
    static func data(_ v: Value) throws -> [UInt8] {
        if v.stringValue != nil { throw PyError.typeError("Strings must be encoded before hashing") }
        guard let bytes = BytesLibraryMethods.bytesOf(v) else {
            throw PyError.typeError("object supporting the buffer API required")
        }
        return bytes
    }

    /// Feeds `bytes` to `h`, counting the work (one unit per 64 bytes).
    static func feed(_ vm: Interpreter, _ h: PyHashObject, _ bytes: [UInt8]) throws {
        h.context.update(bytes)
        try vm.nativeWork(bytes.count >> 6)
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        var s = String.UnicodeScalarView()
        s.reserveCapacity(bytes.count * 2)
        for b in bytes {
            s.append(digits[Int(b >> 4)])
            s.append(digits[Int(b & 15)])
        }
        return String(s)
    }

    private static func receiver(_ a: Args, _ typeName: String, _ method: String) throws -> PyHashObject {
        guard let first = a.positional.first, case .object(let o) = first, let h = o as? PyHashObject else {
            throw PyError.typeError("descriptor '\(method)' for '\(typeName)' objects doesn't apply to a "
                + "'\(a.positional.first?.type.name ?? "NoneType")' object")
        }
        return h
    }

    /// The XOF digest length argument (`digest(length)`).
    private static func xofLength(_ vm: Interpreter, _ a: Args, _ method: String) throws -> Int {
        let slots = try a.bind(method, ["length"], required: 1, skipSelf: 1)
        let n = try vm.indexInt(slots[0] ?? .none)
        if n < 0 { throw PyError(BuiltinTypes.memoryError, "") }
        if n >= 1 << 29 { throw PyError.valueError("digest length is too large") }
        try vm.charge(n * (method == "hexdigest" ? 3 : 1))
        return n
    }

    private static func make(_ name: String, module: String, xof: Bool) -> PyType {
        let t = PyType(name: name, bases: [BuiltinTypes.object], builtin: true, layout: .native, module: module)
        t.defineMethod("update") { vm, a in
            try a.check("update", min: 2, max: 2, skipSelf: 1)
            let h = try receiver(a, name, "update")
            try feed(vm, h, try data(a[1]))
            return .none
        }
        t.defineMethod("digest") { vm, a in
            let h = try receiver(a, name, "digest")
            if xof { return .object(PyBytes(h.context.digest(length: try xofLength(vm, a, "digest")))) }
            try a.check("\(name).digest", min: 1, max: 1, skipSelf: 1)
            return .object(PyBytes(h.context.digest(length: nil)))
        }
        t.defineMethod("hexdigest") { vm, a in
            let h = try receiver(a, name, "hexdigest")
            if xof { return .str(hex(h.context.digest(length: try xofLength(vm, a, "hexdigest")))) }
            try a.check("\(name).hexdigest", min: 1, max: 1, skipSelf: 1)
            return .str(hex(h.context.digest(length: nil)))
        }
        t.defineMethod("copy") { _, a in
            try a.check("copy", min: 1, max: 1, skipSelf: 1)
            let h = try receiver(a, name, "copy")
            guard let ctx = h.context.copyState() else { throw PyError(BuiltinTypes.memoryError, "") }
            return .object(PyHashObject(algorithm: h.algorithm, context: ctx))
        }
        t.defineProperty("name", get: { _, a in .str(try receiver(a, name, "name").algorithm.name) })
        t.defineProperty("digest_size", get: { _, a in
            let h = try receiver(a, name, "digest_size")
            return .int(h.algorithm.isXOF ? 0 : h.context.digestSize)
        })
        t.defineProperty("block_size", get: { _, a in .int(try receiver(a, name, "block_size").context.blockSize) })
        t.defineMethod("__repr__") { vm, a in
            let h = try receiver(a, name, "__repr__")
            let where_ = "0x" + String(vm.identity(of: h), radix: 16)
            if h.algorithm.isBlake2 { return .str("<\(module).\(name) object at \(where_)>") }
            return .str("<\(h.algorithm.name) \(module).\(name) object @ \(where_)>")
        }
        return t
    }
}

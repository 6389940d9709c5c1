/// `hashlib` over OpenSSL's EVP digests: the named constructors
/// (`md5` ... `sha3_512`, `shake_128/256`, `blake2b/s`), `new`,
/// `algorithms_guaranteed`/`algorithms_available` and `pbkdf2_hmac`, with
/// CPython 3.11's argument names and errors.
enum HashlibModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("hashlib", make)]

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "hashlib")
        for algorithm in HashAlgorithm.all {
            let name = algorithm.name
            m.addFunction(name) { vm, a in
                if algorithm.isBlake2 { return try blake2(vm, a, algorithm) }
                let slots = try a.bind(name, ["string", "usedforsecurity"], required: 0, maxPositional: 1)
                return try construct(vm, algorithm, data: slots[0])
            }
        }
        m.addFunction("new") { vm, a in
            let slots = try a.bind("new", ["name", "data", "string", "usedforsecurity", "digest_size"],
                                   required: 1, maxPositional: 2)
            guard let name = slots[0]?.stringValue else {
                throw PyError.typeError("new() argument 'name' must be str, not \(slots[0]?.type.name ?? "NoneType")")
            }
            guard let algorithm = HashAlgorithm.named(name) else {
                throw PyError.valueError("unsupported hash type \(name)")
            }
            if slots[1] != nil && slots[2] != nil {
                throw PyError.typeError("argument for new() given by name ('string') and position (2)")
            }
            if algorithm.isBlake2 {
                var rest = Args([slots[1] ?? slots[2] ?? .object(PyBytes([]))])
                if let size = slots[4] { rest.keywords.append((name: "digest_size", value: size)) }
                return try blake2(vm, rest, algorithm)
            }
            if slots[4] != nil { throw PyError.typeError("new() got an unexpected keyword argument 'digest_size'") }
            return try construct(vm, algorithm, data: slots[1] ?? slots[2])
        }
        let names = HashAlgorithm.all.map { Value.str($0.name) }
        for setName in ["algorithms_guaranteed", "algorithms_available"] {
            let set = PySet(frozen: false)
            for n in names { try set.add(n, vm) }
            m.add(setName, .object(set))
        }
        m.addFunction("pbkdf2_hmac") { vm, a in try Pbkdf2.call(vm, a) }
        m.add("UnsupportedDigestmodError", .object(unsupportedDigestmod))
        return m
    }

    /// `_hashlib.UnsupportedDigestmodError` (what OpenSSL lookups raise).
    static let unsupportedDigestmod = PyType(name: "UnsupportedDigestmodError", bases: [BuiltinTypes.valueError],
                                             builtin: true, layout: .exception, module: "_hashlib")

    /// A new hash object of `algorithm` fed with `data`.
    static func construct(_ vm: Interpreter, _ algorithm: HashAlgorithm, data: Value?) throws -> Value {
        guard let md = algorithm.md, let ctx = DigestContext(md: md) else {
            throw PyError.valueError("unsupported hash type \(algorithm.name)")
        }
        let h = PyHashObject(algorithm: algorithm, context: ctx)
        if let data { try HashObjectTypes.feed(vm, h, try HashObjectTypes.data(data)) }
        return .object(h)
    }

    /// `blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'', ...)` and
    /// `blake2s`: CPython's `_blake2` parameters over `Blake2`; the tree
    /// parameters must keep their sequential-mode defaults.
    private static func blake2(_ vm: Interpreter, _ a: Args, _ algorithm: HashAlgorithm) throws -> Value {
        let params = ["data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
                      "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"]
        let slots = try a.bind(algorithm.name, params, required: 0, maxPositional: 1)
        let variant = algorithm.name == "blake2b" ? Blake2.Variant.b : Blake2.Variant.s
        let full = variant.maxDigest
        var size = full
        if let sizeArg = slots[1] {
            size = try vm.indexInt(sizeArg)
            if size < 1 || size > full {
                throw PyError.valueError("digest_size must be between 1 and \(full) bytes")
            }
        }
        func bytes(_ i: Int, _ limit: Int) throws -> [UInt8] {
            guard let v = slots[i] else { return [] }
            let b = try BytesLibraryMethods.argBytes(v)
            if b.count > limit { throw PyError.valueError("maximum \(params[i]) length is \(limit) bytes") }
            return b
        }
        let key = try bytes(2, full), salt = try bytes(3, full / 4), person = try bytes(4, full / 4)
        let defaults: [Int: Int] = [5: 1, 6: 1, 7: 0, 8: 0, 9: 0, 10: 0]
        for (i, dflt) in defaults.sorted(by: { $0.key < $1.key }) {
            if let v = slots[i], try vm.indexValue(v) != dflt {
                throw PyError(BuiltinTypes.notImplementedError, "\(algorithm.name)() with \(params[i])=\(try vm.repr(v)) (tree hashing) is not supported")
            }
        }
        if let v = slots[11], try vm.isTruthy(v) {
            throw PyError(BuiltinTypes.notImplementedError, "\(algorithm.name)() with last_node=True (tree hashing) is not supported")
        }
        let h = PyHashObject(algorithm: algorithm,
                             context: Blake2(variant: variant, digestSize: size, key: key, salt: salt, person: person))
        if let data = slots[0] { try HashObjectTypes.feed(vm, h, try HashObjectTypes.data(data)) }
        return .object(h)
    }
}

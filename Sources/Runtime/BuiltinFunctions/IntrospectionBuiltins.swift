/// `dir`, `aiter` and `anext`.
enum IntrospectionBuiltins {
    static let functions: [(String, NativeFunction)] = [
        ("dir", dir), ("aiter", aiter), ("anext", anext),
    ]

    /// `dir()` (the caller's local names) or `dir(obj)`: `__dir__` when the
    /// class defines one, else the names of the module, the class and its
    /// MRO, or the instance plus its class — deduplicated and sorted.
    static func dir(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("dir", min: 0, max: 1)
        var names: [Value]
        if a.count == 0 {
            guard let locals = vm.builtins.getStr("locals") else { return .object(PyList()) }
            names = try vm.toArray(vm.call(locals, []))
        } else {
            let obj = a[0]
            if case .object(let o) = obj, let userCls = o.userClass, let m = userCls.lookupUser(Names.intern("__dir__")) {
                names = try vm.toArray(vm.call(m, [obj]))
            } else {
                names = []
                if case .object(let o) = obj, let d = o.dict { names += d.keys }
                if case .object(let o) = obj, let t = o as? PyType {
                    for ty in t.mro { if let d = ty.dict { names += d.keys } }
                    names.append(.str("__class__"))  // object.__class__, a descriptor in CPython
                } else if !(obj.object is PyModule) {
                    for ty in obj.type.mro { if let d = ty.dict { names += d.keys } }
                    names.append(.str("__class__"))
                }
            }
        }
        var seen = Set<String>()
        var unique: [Value] = []
        for n in names {
            guard let s = n.stringValue else { continue }
            if seen.insert(s).inserted { unique.append(n) }
        }
        try vm.sortValues(&unique, key: nil, reverse: false)
        return .object(PyList(unique))
    }

    /// `aiter(x)`: `type(x).__aiter__(x)`.
    static func aiter(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("aiter", min: 1, max: 1)
        let x = a[0]
        guard let m = x.type.lookup(Names.aiter) else {
            throw PyError.typeError("'\(x.type.name)' object is not an async iterable")
        }
        return try vm.call(vm.bind(m, to: x, type: x.type), [])
    }

    /// `anext(it)`: the awaitable `type(it).__anext__(it)`.
    static func anext(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("anext", min: 1, max: 2)
        let x = a[0]
        guard let m = x.type.lookup(Names.anext) else {
            throw PyError.typeError("'\(x.type.name)' object is not an async iterator")
        }
        let awaitable = try vm.call(vm.bind(m, to: x, type: x.type), [])
        if a.count == 2 { return .object(PyAnextAwaitable(awaitable: awaitable, defaultValue: a[1])) }
        return awaitable
    }
}

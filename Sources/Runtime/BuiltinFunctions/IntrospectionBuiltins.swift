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
                    for ty in t.mro { names += classNames(ty) }
                } else if !(obj.object is PyModule) {
                    for ty in obj.type.mro { names += classNames(ty) }
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

    /// The names CPython's `ty.__dict__` holds: the class dict, plus for a
    /// class statement the `__doc__`, `__dict__` and `__weakref__` entries
    /// CPython's type_new adds (ours keeps them out of the dict), and for
    /// `object` its whole C-level method table.
    static func classNames(_ ty: PyType) -> [Value] {
        var names = ty.dict?.keys ?? []
        if ty === BuiltinTypes.object {
            names += objectNames.map { .str($0) }
        } else if ty === BuiltinTypes.baseException {
            names.append(.str("__dict__"))
        } else if !ty.isBuiltin {
            names += ClassDictExtras.entries(ty).map { .str($0.0) }
            names.append(.str("__doc__"))
        }
        return names
    }

    static let objectNames = [
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__",
        "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__",
        "__str__", "__subclasshook__",
    ]

    /// `aiter(x)`: `type(x).__aiter__(x)`.
    static func aiter(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("aiter", min: 1, max: 1)
        let x = a[0]
        guard let m = x.type.lookup(Names.aiter) else {
            throw PyError.typeError("'\(x.type.cTypeName)' object is not an async iterable")
        }
        return try vm.callSpecialMethod(m, on: x, type: x.type)
    }

    /// `anext(it)`: the awaitable `type(it).__anext__(it)`.
    static func anext(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("anext", min: 1, max: 2)
        let x = a[0]
        guard let m = x.type.lookup(Names.anext) else {
            throw PyError.typeError("'\(x.type.cTypeName)' object is not an async iterator")
        }
        let awaitable = try vm.callSpecialMethod(m, on: x, type: x.type)
        if a.count == 2 { return .object(PyAnextAwaitable(awaitable: awaitable, defaultValue: a[1])) }
        return awaitable
    }
}

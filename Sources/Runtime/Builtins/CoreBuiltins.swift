/// The core builtin functions the VM needs to run anything.
enum CoreBuiltins {
    static let functions: [(String, NativeFunction)] = [
        ("print", print),
        ("len", { vm, a in try a.check("len", min: 1, max: 1); return .int(try vm.length(a[0])) }),
        ("repr", { vm, a in try a.check("repr", min: 1, max: 1); return .str(try vm.repr(a[0])) }),
        ("iter", iter),
        ("next", next),
        ("isinstance", { vm, a in
            try a.check("isinstance", min: 2, max: 2)
            return .bool(try vm.isInstance(a[0], a[1]))
        }),
        ("issubclass", { vm, a in
            try a.check("issubclass", min: 2, max: 2)
            guard case .object(let o) = a[0], let t = o as? PyType else {
                throw PyError.typeError("issubclass() arg 1 must be a class")
            }
            return .bool(try vm.isSubclass(t, a[1]))
        }),
        ("hasattr", { vm, a in
            try a.check("hasattr", min: 2, max: 2)
            guard let name = a[1].asStr else { throw PyError.typeError("attribute name must be string, not '\(a[1].type.cTypeName)'") }
            do { return .bool(try vm.lookupAttribute(a[0], name) != nil) } catch let e as PyError
                where e.exception.type.isSubtype(of: BuiltinTypes.attributeError) { return .false }
        }),
        ("getattr", { vm, a in
            try a.check("getattr", min: 2, max: 3)
            guard let name = a[1].asStr else { throw PyError.typeError("attribute name must be string, not '\(a[1].type.cTypeName)'") }
            if a.count == 3 {
                do {
                    return try vm.lookupAttribute(a[0], name) ?? a[2]
                } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.attributeError) {
                    return a[2]
                }
            }
            return try vm.getAttribute(a[0], name)
        }),
        ("setattr", { vm, a in
            try a.check("setattr", min: 3, max: 3)
            guard let name = a[1].asStr else { throw PyError.typeError("attribute name must be string, not '\(a[1].type.cTypeName)'") }
            try vm.setAttribute(a[0], name, a[2])
            return .none
        }),
        ("delattr", { vm, a in
            try a.check("delattr", min: 2, max: 2)
            guard let name = a[1].asStr else { throw PyError.typeError("attribute name must be string, not '\(a[1].type.cTypeName)'") }
            try vm.deleteAttribute(a[0], name)
            return .none
        }),
        ("callable", { vm, a in try a.check("callable", min: 1, max: 1); return .bool(vm.isCallable(a[0])) }),
        ("id", { vm, a in
            try a.check("id", min: 1, max: 1)
            if case .object(let o) = a[0] { return .int(Int(bitPattern: vm.identity(of: o))) }
            return .int(try vm.hash(a[0]) &* 16 &+ 94_000_000_000_000)
        }),
        ("hash", { vm, a in try a.check("hash", min: 1, max: 1); return .int(try vm.hash(a[0])) }),
        ("vars", { vm, a in
            if a.count > 1 || !a.keywords.isEmpty {
                throw PyError.typeError(a.keywords.isEmpty ? "vars expected at most 1 argument, got \(a.count)"
                                                           : "vars() takes no keyword arguments")
            }
            // Without an argument: the caller's namespace, as locals().
            if a.count == 0 {
                guard let f = vm.frameStack.last else { return .object(PyDict()) }
                return .object(f.localsSnapshot())
            }
            if case .object(let o) = a[0], let ty = o as? PyType { return vm.classDictProxy(ty) }
            guard case .object(let o) = a[0], let d = o.dict else {
                throw PyError.typeError("vars() argument must have __dict__ attribute")
            }
            return .object(d)
        }),
        ("__import__", { vm, a in
            let slots = try a.bind("__import__", ["name", "globals", "locals", "fromlist", "level"], required: 1)
            guard let nameValue = slots[0], let name = nameValue.stringValue else {
                throw PyError.typeError("module name must be a string")
            }
            let module = try vm.importModule(name)
            // Without a fromlist, `__import__("a.b")` returns the top package `a`.
            let fromlist = slots[3] ?? .none
            let wantsLeaf = try !fromlist.isNone && vm.isTruthy(fromlist)
            if name.contains("."), !wantsLeaf {
                return .object(try vm.importModule(String(name.prefix { $0 != "." })))
            }
            return .object(module)
        }),
        ("__build_class__", { vm, a in try vm.buildClass(a) }),
    ]

    /// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
    static func print(_ vm: Interpreter, _ a: Args) throws -> Value {
        var sep = " ", end = "\n"
        for (k, v) in a.keywords {
            switch k {
            case "sep": if !v.isNone {
                guard let s = v.stringValue else { throw PyError.typeError("sep must be None or a string, not \(v.type.name)") }
                sep = s }
            case "end": if !v.isNone {
                guard let s = v.stringValue else { throw PyError.typeError("end must be None or a string, not \(v.type.name)") }
                end = s }
            case "file", "flush": break
            default: throw PyError.typeError("'\(k)' is an invalid keyword argument for print()")
            }
        }
        var out = ""
        for (i, v) in a.positional.enumerated() {
            if i > 0 { out += sep }
            out += try vm.str(v)
        }
        out += end
        try vm.write(out)
        return .none
    }

    static func iter(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("iter", min: 1, max: 2)
        if a.count == 2 {
            let fn = a[0], sentinel = a[1]
            return .object(PyNativeIterator(type: BuiltinTypes.callIterator) { vm in
                let v = try vm.call(fn, [])
                return try vm.equals(v, sentinel) ? nil : v
            })
        }
        return try vm.iterator(a[0])
    }

    static func next(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("next", min: 1, max: 2)
        if !vm.isIterator(a[0]) { throw PyError.typeError("'\(a[0].type.cTypeName)' object is not an iterator") }
        if case .object(let o) = a[0], !(o is PyIteratorBase), !(o is PyGenerator) {
            // User iterator: call __next__ directly so StopIteration keeps its value.
            do { return try vm.callMethod(a[0], "__next__") } catch let e as PyError
                where a.count == 2 && e.exception.type.isSubtype(of: BuiltinTypes.stopIteration) { return a[1] }
        }
        if case .object(let o) = a[0], let g = o as? PyGenerator {
            switch try g.send(vm, .none) {
            case .yielded(let v): return v
            case .returned(let v):
                if a.count == 2 { return a[1] }
                throw PyError.stopIteration(v)
            }
        }
        if let v = try vm.next(a[0]) { return v }
        if a.count == 2 { return a[1] }
        throw PyError.stopIteration()
    }
}

extension Interpreter {
    /// `isinstance(v, cls)` where `cls` may be a tuple of classes.
    public func isInstance(_ v: Value, _ cls: Value) throws -> Bool {
        guard case .object(let o) = cls else {
            throw PyError.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        if let t = o as? PyType {
            // CPython answers an exact type match before asking the metaclass.
            if v.type === t { return true }
            if let userCls = t.userClass, let m = userCls.lookupUser(Names.intern("__instancecheck__")) {
                return try isTruthy(call(m, [cls, v]))
            }
            return try realIsInstance(v, t)
        }
        if let tup = o as? PyTuple {
            // Nested tuples are walked like calls (CPython's
            // `_Py_EnterRecursiveCall`): 10**5 levels overflowed the stack.
            return try withNativeNesting("maximum recursion depth exceeded in __instancecheck__") {
                for c in tup.items where try isInstance(v, c) { return true }
                return false
            }
        }
        // An object whose class defines __instancecheck__ (types.UnionType
        // for `int | str`, typing's aliases): CPython asks it.
        if let userCls = cls.userClass, let m = userCls.lookupUser(Names.intern("__instancecheck__")) {
            return try isTruthy(call(m, [cls, v]))
        }
        throw PyError.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    /// `type.__instancecheck__(t, v)`: the check without the metaclass hook.
    public func realIsInstance(_ v: Value, _ t: PyType) throws -> Bool {
        if v.type.isSubtype(of: t) { return true }
        // CPython also asks `__class__` when a class overrides it (weakref
        // proxies, mocks): isinstance(proxy, Referent) holds.
        if let userCls = v.userClass, userCls.lookupUser(Names.intern("__class__")) != nil,
           case .object(let c) = try getAttribute(v, Names.intern("__class__")), let claimed = c as? PyType,
           claimed !== v.type {
            return claimed.isSubtype(of: t)
        }
        return false
    }

    /// `issubclass(t, cls)` where `cls` may be a tuple of classes.
    public func isSubclass(_ t: PyType, _ cls: Value) throws -> Bool {
        guard case .object(let o) = cls else {
            throw PyError.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
        if let c = o as? PyType {
            if let userCls = c.userClass, let m = userCls.lookupUser(Names.intern("__subclasscheck__")) {
                return try isTruthy(call(m, [cls, .object(t)]))
            }
            return t.isSubtype(of: c)
        }
        if let tup = o as? PyTuple {
            return try withNativeNesting("maximum recursion depth exceeded in __subclasscheck__") {
                for c in tup.items where try isSubclass(t, c) { return true }
                return false
            }
        }
        if let userCls = cls.userClass, let m = userCls.lookupUser(Names.intern("__subclasscheck__")) {
            return try isTruthy(call(m, [cls, .object(t)]))
        }
        throw PyError.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }
}

/// `globals()`, `locals()` and `dir()` need the calling frame; the VM keeps
/// the innermost one in `currentFrame`.
enum FrameBuiltins {
    static let functions: [(String, NativeFunction)] = [
        ("globals", { vm, a in
            try a.check("globals", min: 0, max: 0)
            guard let f = vm.frameStack.last else { return .object(PyDict()) }
            return .object(f.globals)
        }),
        ("locals", { vm, a in
            try a.check("locals", min: 0, max: 0)
            guard let f = vm.frameStack.last else { return .object(PyDict()) }
            return .object(f.localsSnapshot())
        }),
    ]
}

extension Interpreter {
    /// Calls `callable(*positional)`.
    @inline(__always)
    public func call(_ callable: Value, _ positional: [Value]) throws -> Value {
        try call(callable, Args(positional))
    }

    /// Calls `callable(*args.positional, **args.keywords)`.
    public func call(_ callable: Value, _ args: Args) throws -> Value {
        guard case .object(let o) = callable else {
            throw PyError.typeError("'\(callable.type.cTypeName)' object is not callable")
        }
        switch o {
        case let f as PyFunction:
            return try callFunction(f, args.positional[...], keywords: args.keywords)
        case let b as PyBuiltinFunction:
            if let s = b.boundSelf {
                // `[self] + args` in one new array (inserting at the front
                // of the caller's shared array copied it, then shifted it).
                var pos: [Value] = []
                pos.reserveCapacity(args.positional.count + 1)
                pos.append(s)
                pos.append(contentsOf: args.positional)
                return try b.function(self, Args(pos, keywords: args.keywords))
            }
            return try b.function(self, args)
        case let m as PyBoundMethod:
            if case .object(let fo) = m.function, let f = fo as? PyFunction {
                let code = f.code
                let n = args.positional.count
                if args.keywords.isEmpty && n + 1 == code.argCount && !code.hasVarArgs && !code.hasVarKeywords
                    && code.kwOnlyCount == 0 {
                    // Simple signature: no `[receiver] + args` array.
                    let frame = framePool.frame(for: f)
                    frame.locals[0] = m.receiver
                    var i = 0
                    while i < n { frame.locals[i + 1] = args.positional[i]; i += 1 }
                    return try startPooledFrame(consume frame, f)
                }
                var pos = [m.receiver]
                pos.append(contentsOf: args.positional)
                return try callFunction(f, pos[...], keywords: args.keywords)
            }
            var a = args
            a.positional.insert(m.receiver, at: 0)
            return try call(m.function, a)
        case let t as PyType:
            return try instantiate(t, args)
        case let w as PyMethodWrapper where !w.isClassMethod:
            return try call(w.function, args)
        default:
            if let userCls = o.userClass, let m = userCls.lookupUser(Names.call) {
                var a = args
                a.positional.insert(callable, at: 0)
                return try call(m, a)
            }
            if let c = o as? NativeCallable { return try c.callNative(self, args) }
            throw PyError.typeError("'\(o.type.cTypeName)' object is not callable")
        }
    }

    /// Calls a method by name on `obj` (e.g. `callMethod(d, "keys")`).
    public func callMethod(_ obj: Value, _ name: String, _ args: [Value] = []) throws -> Value {
        try call(getAttribute(obj, PyStr(name)), args)
    }

    /// Whether `v` is callable (`callable()`).
    public func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case is PyFunction, is PyBuiltinFunction, is PyBoundMethod, is PyType: return true
        default: return o.type.lookup(Names.call) != nil || o is NativeCallable
        }
    }

    /// `cls(*args, **kwargs)`: the metaclass's `__call__` when a user
    /// metaclass defines one (singletons, registries), else `construct`.
    public func instantiate(_ cls: PyType, _ args: Args) throws -> Value {
        if let meta = cls.typeStorage, !meta.isBuiltin, let hook = meta.lookupUser(Names.call) {
            // A function binds to the class; a type stored there (typing's
            // `__call__ = dict`) is called as it is, as in CPython.
            guard case .object(let h) = hook, h is PyFunction else { return try call(hook, args) }
            var a = args
            a.positional.insert(.object(cls), at: 0)
            return try call(hook, a)
        }
        return try construct(cls, args)
    }

    /// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__`.
    public func construct(_ cls: PyType, _ args: Args) throws -> Value {
        if cls === BuiltinTypes.type && args.count == 1 && args.keywords.isEmpty {
            return .object(args[0].type)
        }
        if cls.isBuiltin, cls.layout == .native, let plan = builtinConstruction(cls) {
            // What the general path below does for a builtin native type,
            // with its `__new__` and `__init__` found once.
            let obj = try plan.new(self, cls, args)
            if let initializer = plan.initializer, case .object(let o) = obj, o.type.isSubtype(of: cls) {
                var a = args
                a.positional.insert(obj, at: 0)
                _ = try initializer.function(self, a)
            }
            return obj
        }
        let obj: Value
        let userNew = cls.lookupUser(Names.new)
        if let n = userNew {
            var a = args
            a.positional.insert(.object(cls), at: 0)
            obj = try call(n, a)
        } else {
            obj = try defaultNew(cls, args)
        }
        guard case .object(let o) = obj, o.type.isSubtype(of: cls) else { return obj }
        if let i = cls.lookupUser(Names.initName) {
            var a = args
            a.positional.insert(obj, at: 0)
            let r = try call(i, a)
            if !r.isNone { throw PyError.typeError("__init__() should return None, not '\(r.type.cTypeName)'") }
        } else if userNew == nil && cls.layout == .object && (args.count > 0 || !args.keywords.isEmpty) {
            throw PyError.typeError("\(cls.name)() takes no arguments")
        } else if cls.layout == .exception, !args.keywords.isEmpty || userNew != nil, let i = cls.lookup(Names.initName),
                  case .object(let io) = i, let bf = io as? PyBuiltinFunction {
            // Keywords go to the builtin __init__: AttributeError(name=, obj=)
            // and friends take them, BaseException refuses them. After a
            // class's own `__new__`, BaseException.__init__ makes the call's
            // arguments the `args` (whatever `__new__` passed up).
            var a = args
            a.positional.insert(obj, at: 0)
            _ = try bf.function(self, a)
        } else if cls.layout == .native, let i = cls.lookup(Names.initName), case .object(let io) = i,
                  let bf = io as? PyBuiltinFunction, bf.qualname != "object.__init__" {
            var a = args
            a.positional.insert(obj, at: 0)
            _ = try bf.function(self, a)
        }
        return obj
    }

    /// `object.__new__(cls, ...)` for the class's storage layout.
    public func defaultNew(_ cls: PyType, _ args: Args) throws -> Value {
        switch cls.layout {
        case .object:
            // A bare `object()` has no `__dict__`: setting an attribute on
            // it raises AttributeError, as in CPython.
            if cls === BuiltinTypes.object { return .object(PyObject(type: cls)) }
            return .object(PyInstance(of: cls))
        case .exception:
            if let n = cls.mro.first(where: { $0.nativeNew != nil })?.nativeNew { return try n(self, cls, args) }
            return .object(Interpreter.newException(cls, args.positional))
        case .native:
            // `object.__new__` comes back here: a native type without a
            // constructor of its own cannot be instantiated (no recursion).
            // Types made after `object` got its constructor inherit that
            // closure (`list_iterator`), so the owner is the first class
            // that defines `__new__` itself.
            guard let owner = cls.mro.first(where: { $0.nativeNew != nil && $0.attributes.getStr(Names.new) != nil }),
                  owner !== BuiltinTypes.object,
                  let n = owner.nativeNew else {
                throw PyError.typeError("cannot create '\(cls.name)' instances")
            }
            return try n(self, cls, args)
        }
    }
}

/// A storage class (defined by builtins or native modules) whose instances
/// are callable from Python.
public protocol NativeCallable: AnyObject {
    /// Performs the call.
    func callNative(_ vm: Interpreter, _ args: Args) throws -> Value
}

extension Interpreter {
    /// A new exception instance of `cls` with `args` (BaseException.__new__).
    static func newException(_ cls: PyType, _ args: [Value]) -> PyException {
        let e = PyException(type: cls, args: args)
        if cls.isSubtype(of: BuiltinTypes.stopIteration) { e.payload = args.first ?? .none }
        return e
    }
}

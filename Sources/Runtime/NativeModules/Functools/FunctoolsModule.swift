/// `_functools`, the native half of Lib/functools.py as in CPython: today
/// only `_lru_cache_wrapper` (`PyLruCacheWrapper`). Lib/functools.py keeps
/// a pure-Python `_lru_cache_wrapper` for when the import fails.
enum FunctoolsModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("_functools", make)]

    /// Separates positional from keyword arguments in a cache key (CPython's
    /// `kwd_mark`): compared by identity, so no argument can collide with it.
    static let keywordMark = PySingleton(name: "<functools kwd_mark>", type: BuiltinTypes.object)

    /// `functools._lru_cache_wrapper`.
    static let lruCacheWrapperType: PyType = {
        let t = PyType(name: "_lru_cache_wrapper", bases: [BuiltinTypes.object], builtin: true, layout: .native,
                       module: "functools")
        t.setAttribute("__doc__", .str("""
            Create a cached callable that wraps another function.

            user_function:      the function being cached

            maxsize:  0         for no caching
                      None      for unlimited cache size
                      n         for a bounded cache

            typed:    False     cache f(3) and f(3.0) as identical calls
                      True      cache f(3) and f(3.0) as distinct calls

            cache_info_type:    namedtuple class with the fields:
                                    hits misses currsize maxsize

            """))
        t.flags.bindsAsMethod = true
        t.defineNew { vm, _, a in try construct(vm, a) }
        t.defineMethod("__call__") { vm, a in
            let w = try receiver(a, "__call__")
            return try w.callNative(vm, Args(Array(a.positional.dropFirst()), keywords: a.keywords))
        }
        t.defineMethod("__get__") { _, a in
            let w = try receiver(a, "__get__")
            if a[1].isNone { return .object(w) }
            return .object(PyBoundMethod(function: .object(w), receiver: a[1]))
        }
        t.defineMethod("cache_info") { vm, a in
            try a.check("cache_info", min: 1, max: 1, skipSelf: 1)
            let w = try receiver(a, "cache_info")
            return try vm.call(w.cacheInfoType, [.int(w.hits), .int(w.misses),
                                                 w.maxsize.map { .int($0) } ?? .none, .int(w.currentSize)])
        }
        t.defineMethod("cache_clear") { _, a in
            try a.check("cache_clear", min: 1, max: 1, skipSelf: 1)
            try receiver(a, "cache_clear").clear()
            return .none
        }
        t.defineMethod("__copy__") { _, a in .object(try receiver(a, "__copy__")) }
        t.defineMethod("__deepcopy__") { _, a in
            try a.check("__deepcopy__", min: 2, max: 2, skipSelf: 1)
            return .object(try receiver(a, "__deepcopy__"))
        }
        t.defineMethod("__reduce__") { vm, a in
            try vm.getAttribute(.object(try receiver(a, "__reduce__")), "__qualname__")
        }
        return t
    }()

    /// `functools.KeyWrapper`, the type of `cmp_to_key`'s results.
    static let keyWrapperType: PyType = {
        let t = PyType(name: "KeyWrapper", bases: [BuiltinTypes.object], builtin: true, layout: .native,
                       module: "functools")
        t.setAttribute("__hash__", .none)
        t.defineMethod("__call__") { vm, a in
            guard case .object(let o) = a[0], let k = o as? PyKeyWrapper else {
                throw PyError.typeError("descriptor '__call__' requires a 'functools.KeyWrapper' object")
            }
            return try k.callNative(vm, Args(Array(a.positional.dropFirst()), keywords: a.keywords))
        }
        t.defineProperty("obj", get: { _, a in
            guard case .object(let o) = a[0], let k = o as? PyKeyWrapper, let v = k.wrapped else {
                throw PyError.attributeError("obj")
            }
            return v
        }, set: { _, a in
            guard case .object(let o) = a[0], let k = o as? PyKeyWrapper else { throw PyError.attributeError("obj") }
            k.wrapped = a[1]
            return .none
        })
        return t
    }()

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_functools")
        m.add("_lru_cache_wrapper", .object(lruCacheWrapperType))
        m.addFunction("cmp_to_key") { _, a in
            let slots = try a.bind("cmp_to_key", ["mycmp"], required: 1)
            guard let mycmp = slots[0] else { throw PyError.typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)") }
            return .object(PyKeyWrapper(compareFunction: mycmp, wrapped: nil))
        }
        return m
    }

    /// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
    private static func construct(_ vm: Interpreter, _ a: Args) throws -> Value {
        let slots = try a.bind("_lru_cache_wrapper", ["user_function", "maxsize", "typed", "cache_info_type"],
                               required: 4)
        guard let function = slots[0], let size = slots[1], let typed = slots[2], let info = slots[3] else {
            throw PyError.typeError("_lru_cache_wrapper() missing required argument")
        }
        guard vm.isCallable(function) else { throw PyError.typeError("the first argument must be callable") }
        let maxsize: Int?
        if size.isNone {
            maxsize = nil
        } else if let n = try integerArgument(size) {
            maxsize = max(0, n)
        } else {
            throw PyError.typeError("maxsize should be integer or None")
        }
        return .object(PyLruCacheWrapper(function: function, maxsize: maxsize, typed: try vm.isTruthy(typed),
                                         cacheInfoType: info))
    }

    /// The wrapper `self` of a method call, with CPython's descriptor error.
    private static func receiver(_ a: Args, _ method: String) throws -> PyLruCacheWrapper {
        if case .object(let o) = a[0], let w = o as? PyLruCacheWrapper { return w }
        throw PyError.typeError("descriptor '\(method)' for 'functools._lru_cache_wrapper' objects "
                                + "doesn't apply to a '\(a[0].type.cTypeName)' object")
    }

    /// An `int` (or `bool`) argument as a machine integer (CPython's
    /// `PyLong_AsSsize_t`, with its OverflowError); nil for other types.
    private static func integerArgument(_ v: Value) throws -> Int? {
        switch v {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        default:
            guard v.bigIntValue != nil else { return nil }
            throw PyError.overflow("Python int too large to convert to C ssize_t")
        }
    }
}

/// The registration points of the runtime. To add builtins, methods or
/// modules, write an installer in its own file and add ONE line to the
/// matching list below (see Sources/Runtime/OBJECTS.md).
public enum Registry {
    /// Installers of methods on builtin types, run once per process in this
    /// order (later definitions of the same name win).
    static let typeInstallers: [() -> Void] = [
        CoreTypeMethods.install,
        ObjectDefaults.install,
        ExceptionMethods.install,
        GeneratorMethods.install,
        // Add `XMethods.install,` lines here.
        CallableDunders.install,
        MappingProxy.install,
        PyAttributeDescriptor.install,
        BuiltinMethodsRegistry.install,
        LibrarySupport.install,
        SysExtrasModule.install,
        SysBinaryStreams.install,
        BytesLibraryMethods.install,
        ComplexMethods.install,
        TypePrepare.install,
        OSErrorTypes.install,
        RangeMethods.install,
        UnicodeErrors.install,
        TracebackType.install,
        ModuleTypeMethods.install,
        SliceMethods.install,
        IteratorReduce.install,
    ]

    /// Builtin functions (the `builtins` namespace), as (name, implementation) lists.
    static let functionLists: [[(String, NativeFunction)]] = [
        CoreBuiltins.functions,
        FrameBuiltins.functions,
        ExitBuiltins.functions,
        DynamicCodeBuiltins.functions,
        // Add `MoreBuiltins.functions,` lines here.
        BuiltinMethodsRegistry.functions,
        LibraryBuiltins.functions,
    ]

    /// Native modules by import name. Each factory builds a fresh module for
    /// one interpreter (module state is per run).
    static let nativeModules: [String: (Interpreter) throws -> PyModule] = {
        var m: [String: (Interpreter) throws -> PyModule] = [:]
        for list in moduleLists { for (name, factory) in list { m[name] = factory } }
        return m
    }()

    /// More builtin types exposed by name in `builtins` (after the functions,
    /// so a type replaces a function of the same name).
    static let typeLists: [[PyType]] = [
        BuiltinMethodsRegistry.types,
        LibraryBuiltins.warningTypes,
        BytesLibraryMethods.types,
        ComplexMethods.types,
        OSErrorTypes.types,
    ]

    static let moduleLists: [[(String, (Interpreter) throws -> PyModule)]] = [
        CoreModules.modules,
        AsyncioModule.modules,
        DequeModule.modules,
        FunctoolsModule.modules,
        CmathModule.modules,
        // Add `ItertoolsModule.modules,` style lines here.
        BuiltinMethodsRegistry.modules,
        VirtualClockModule.modules,
        SysExtrasModule.modules,
        TracebackEntriesModule.modules,
        WeakHandleModule.modules,
        RegexModule.modules,
        GCModule.modules,
        HashlibModule.modules,
        StructModule.modules,
        BinasciiModule.modules,
        ZlibModule.modules,
        UnicodedataModule.modules,
        OperatorModule.modules,
        HeapInfoModule.modules,
        JsonModule.modules,
    ]


}

/// Runs the one-time setup of builtin types.
public enum Builtins {
    private static let done: Bool = {
        for install in Registry.typeInstallers { install() }
        return true
    }()

    /// Installs builtin type methods (idempotent, thread-safe).
    public static func bootstrap() { _ = done }

    /// The shared builtin-function objects (immutable, so shared by all interpreters).
    static let functionObjects: [(PyStr, Value)] = {
        var out: [(PyStr, Value)] = []
        for list in Registry.functionLists {
            for (name, fn) in list {
                let f = PyBuiltinFunction(name: name, fn)
                f.module = "builtins"
                f.fixedArity = FixedArityBuiltins.functions[name]
                out.append((Names.intern(name), .object(f)))
            }
        }
        return out
    }()

    /// A filled `builtins` namespace shared by every interpreter as the
    /// copy-on-write source of its own (`template.copy()` costs a few
    /// retains; filling a dict cost 150 insertions per run). Its strings
    /// get fixed negative identity serials, as library constants do
    /// (LibraryCodeCache), so no run ever writes to them.
    static let template: PyDict = {
        let d = PyDict()
        populate(d)
        var next: Int32 = 0
        for (k, v) in d.items {
            for case .object(let s as PyStr) in [k, v] where s.identitySerial == 0 {
                next += 1
                s.identitySerial = -(1 << 30) - next
                _ = s.hash
                _ = s.scalars
                _ = s.count
            }
        }
        return d
    }()

    /// Fills a fresh `builtins` namespace.
    static func populate(_ d: PyDict) {
        for (k, v) in functionObjects { d.setStr(k, v) }
        let types: [PyType] = [BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.int, BuiltinTypes.bool,
                               BuiltinTypes.float, BuiltinTypes.str, BuiltinTypes.list, BuiltinTypes.tuple,
                               BuiltinTypes.dict, BuiltinTypes.set, BuiltinTypes.frozenset, BuiltinTypes.range,
                               BuiltinTypes.slice, BuiltinTypes.property, BuiltinTypes.classmethod,
                               BuiltinTypes.staticmethod, BuiltinTypes.superType]
        for t in types + BuiltinTypes.exceptionTypes { d.setStr(t.name, .object(t)) }
        for list in Registry.typeLists { for t in list { d.setStr(t.name, .object(t)) } }
        d.setStr("EnvironmentError", .object(BuiltinTypes.osError))
        d.setStr("IOError", .object(BuiltinTypes.osError))
        d.setStr("None", .none)
        d.setStr("True", .true)
        d.setStr("False", .false)
        d.setStr("NotImplemented", .object(BuiltinTypes.notImplemented))
        d.setStr("Ellipsis", .object(BuiltinTypes.ellipsis))
        d.setStr("__debug__", .true)  // no -O in the sandbox
        d.setStr("__name__", .str("builtins"))
    }
}

extension PyType {
    /// Adds a method implemented in Swift; `args[0]` is `self`.
    /// Called on the class without a suitable `self` (`str.upper()`,
    /// `list.append(1, 2)`), it raises CPython's TypeError.
    public func defineMethod(_ name: String, _ fn: @escaping NativeFunction) {
        let receiverCheck = MethodReceiverCheck(owner: self, method: name)
        let checked: NativeFunction = { vm, a in
            try receiverCheck.check(a)
            return try fn(vm, a)
        }
        setAttribute(name, .object(PyBuiltinFunction(name: name, qualname: "\(self.name).\(name)", isMethod: true, checked)))
    }

    /// Adds a class method; `args[0]` is the class the method was called on.
    public func defineClassMethod(_ name: String, _ fn: @escaping NativeFunction) {
        let f = PyBuiltinFunction(name: name, qualname: "\(self.name).\(name)", fn)
        setAttribute(name, .object(PyMethodWrapper(function: .object(f), isClassMethod: true)))
    }

    /// Adds a static method (no implicit first argument).
    public func defineStaticMethod(_ name: String, _ fn: @escaping NativeFunction) {
        let f = PyBuiltinFunction(name: name, qualname: "\(self.name).\(name)", fn)
        setAttribute(name, .object(PyMethodWrapper(function: .object(f), isClassMethod: false)))
    }

    /// Adds a read-only (or, with `set`, writable) attribute computed in
    /// Swift; the getter receives `[self]`, the setter `[self, value]`.
    public func defineProperty(_ name: String, get: @escaping NativeFunction, set: NativeFunction? = nil) {
        let g = PyBuiltinFunction(name: name, get)
        let s = set.map { Value.object(PyBuiltinFunction(name: name, $0)) } ?? .none
        setAttribute(name, .object(PyProperty(getter: .object(g), setter: s)))
    }

    /// Sets the constructor used by `cls(...)` for this type and its subclasses.
    public func defineNew(_ fn: @escaping (Interpreter, PyType, Args) throws -> Value) {
        nativeNew = fn
        let f = PyBuiltinFunction(name: "__new__", qualname: "\(name).__new__") { vm, args in
            guard let first = args.positional.first, case .object(let o) = first, let cls = o as? PyType else {
                throw PyError.typeError("\(self.name).__new__(X): X is not a type object (\(args.positional.first?.type.name ?? "NoneType"))")
            }
            return try fn(vm, cls, Args(Array(args.positional.dropFirst()), keywords: args.keywords))
        }
        setAttribute("__new__", .object(PyMethodWrapper(function: .object(f), isClassMethod: false)))
    }
}

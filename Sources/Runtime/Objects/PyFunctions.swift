/// The Swift signature of every builtin callable: the interpreter (for
/// calling back into Python, hashing, printing) and the call's arguments.
/// For methods of builtin types, `args[0]` is `self`.
public typealias NativeFunction = (Interpreter, Args) throws -> Value

/// A function defined in Python (`def` / `lambda`).
public final class PyFunction: PyObject {
    /// The compiled body.
    public let code: CodeObject
    /// The module globals the body sees.
    public let globals: PyDict
    /// Positional defaults (for the last `defaults.count` positional params).
    public var defaults: [Value] { didSet { stateWritten = true } }
    /// Keyword-only defaults by name.
    public var kwDefaults: [String: Value] { didSet { stateWritten = true } }
    /// Closure cells for the code's free variables, in `code.freeNames` order.
    public private(set) var closure: [PyCell]
    /// `__name__`, `__qualname__`.
    public var name: String { didSet { stateWritten = true } }
    public var qualname: String { didSet { stateWritten = true } }
    /// `__module__`.
    public var moduleName: Value { didSet { stateWritten = true } }
    /// Set by any write of the fields above after creation: a warm image's
    /// restore (Run/Warm/LibrarySnapshot.swift) checks only the library
    /// functions that have it, and clears it.
    var stateWritten = false

    deinit {
        if !defaults.isEmpty { DeepRelease.release(&defaults, leaving: []) }
        if !closure.isEmpty { DeepRelease.release(&closure, leaving: []) }
        if !kwDefaults.isEmpty { DeepRelease.release(&kwDefaults, leaving: [:]) }
    }

    /// Creates a function object.
    public init(code: CodeObject, globals: PyDict, defaults: [Value], kwDefaults: [String: Value],
                closure: [PyCell], qualname: String, moduleName: Value) {
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
        self.name = code.name
        self.qualname = qualname
        self.moduleName = moduleName
        super.init(type: nil, hasDict: true)
        CycleCollector.track(self)
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.function }

    /// Drops the references of a function the cycle collector found
    /// unreachable (defaults and closure cells; `globals` is a module's).
    func clearForCollector() {
        if !defaults.isEmpty { DeepRelease.release(&defaults, leaving: []) }
        if !closure.isEmpty { DeepRelease.release(&closure, leaving: []) }
        if !kwDefaults.isEmpty { DeepRelease.release(&kwDefaults, leaving: [:]) }
    }
}

/// A function implemented in Swift (`len`, `str.split`, `math.sqrt`).
public final class PyBuiltinFunction: PyObject {
    /// `__name__` (e.g. `"split"`).
    public let name: String
    /// Qualified name for reprs (e.g. `"str.split"`).
    public let qualname: String
    /// The implementation.
    public let function: NativeFunction
    /// Faster entries for calls of one to three positional arguments
    /// (`FixedArityEntries`), set once when the builtin is installed.
    public internal(set) var fixedArity: FixedArityEntries?
    /// When set, this is a bound builtin method: `boundSelf` is prepended to the arguments.
    public private(set) var boundSelf: Value?
    deinit { if boundSelf != nil { DeepRelease.release(&boundSelf, leaving: nil) } }
    /// True for methods of builtin types (bind to instances on attribute access).
    public let isMethod: Bool
    /// `__module__` of a module-level function (`"builtins"`, `"math"`); nil for methods.
    public internal(set) var module: String?

    /// Creates a builtin function.
    public init(name: String, qualname: String? = nil, isMethod: Bool = false,
                boundSelf: Value? = nil, _ function: @escaping NativeFunction) {
        self.name = name
        self.qualname = qualname ?? name
        self.function = function
        self.boundSelf = boundSelf
        self.isMethod = isMethod
        super.init(type: nil)
    }
    public override var exactBuiltinType: PyType {
        isMethod && boundSelf == nil ? BuiltinTypes.methodDescriptor : BuiltinTypes.builtinFunction
    }

    /// Returns this method bound to `obj`.
    /// The bound copy keeps the fixed-arity entries (they take the
    /// receiver first), so `cb = fut.set_result` called later by a handle
    /// takes the same short path as `fut.set_result(x)`.
    public func bind(_ obj: Value) -> PyBuiltinFunction {
        let bound = PyBuiltinFunction(name: name, qualname: qualname, isMethod: true, boundSelf: obj, function)
        bound.fixedArity = fixedArity
        return bound
    }
}

/// A Python function bound to an instance (`obj.method`).
public final class PyBoundMethod: PyObject {
    /// The function (`__func__`).
    public private(set) var function: Value
    /// The instance (`__self__`).
    public private(set) var receiver: Value
    deinit {
        DeepRelease.release(&function, leaving: .none)
        DeepRelease.release(&receiver, leaving: .none)
    }
    /// Binds `function` to `receiver`.
    public init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(type: nil)
        CycleCollector.track(self)
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.method }

    /// Drops the function and receiver of a bound method the cycle
    /// collector found unreachable.
    func clearForCollector() {
        DeepRelease.release(&function, leaving: .none)
        DeepRelease.release(&receiver, leaving: .none)
    }
}

/// `property(fget, fset, fdel, doc)`.
public final class PyProperty: PyObject {
    /// Accessors (None when absent).
    public var getter: Value, setter: Value, deleter: Value, doc: Value
    deinit {
        DeepRelease.release(&getter, leaving: .none)
        DeepRelease.release(&setter, leaving: .none)
        DeepRelease.release(&deleter, leaving: .none)
        DeepRelease.release(&doc, leaving: .none)
    }
    /// Creates a property; `type` is a user subclass of `property` (with an
    /// instance `__dict__`), nil for `property` itself.
    public init(getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none,
                type: PyType? = nil) {
        self.getter = getter; self.setter = setter; self.deleter = deleter; self.doc = doc
        super.init(type: type, hasDict: type != nil)
    }

    /// The subclass's own `__get__`/`__set__`/`__delete__` when a user
    /// subclass of `property` overrides it (then it replaces the accessor).
    public func override(_ name: PyStr) -> Value? {
        userClass?.lookupUser(name)
    }
    /// The attribute name `__set_name__` gave it (CPython's `prop_name`),
    /// which its errors quote; nil for a property stored on a class after
    /// the class statement.
    public var name: Value?

    /// CPython 3.11's AttributeError for a missing accessor (`kind` is
    /// "getter", "setter" or "deleter") on an instance of `owner`.
    public func missingAccessor(_ kind: String, of owner: PyType) -> PyError {
        if let n = name?.stringValue {
            return .attributeError("property '\(n)' of '\(owner.qualname)' object has no \(kind)")
        }
        return .attributeError("property of '\(owner.qualname)' object has no \(kind)")
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.property }
}

/// `classmethod(f)` or `staticmethod(f)`.
public final class PyMethodWrapper: PyObject {
    /// The wrapped callable (`__func__`).
    public private(set) var function: Value
    deinit { DeepRelease.release(&function, leaving: .none) }
    /// True for `classmethod`, false for `staticmethod`.
    public let isClassMethod: Bool
    /// Wraps `function`.
    public init(function: Value, isClassMethod: Bool) {
        self.function = function
        self.isClassMethod = isClassMethod
        super.init(type: nil, hasDict: true)
    }
    public override var exactBuiltinType: PyType {
        isClassMethod ? BuiltinTypes.classmethod : BuiltinTypes.staticmethod
    }
}

/// A module object.
public final class PyModule: PyObject {
    /// `__name__`.
    public let name: String
    /// State the module's native functions keep in their closures
    /// (Objects/ClosureState.swift).
    var closureStates: [any ClosureStateKeeping] = []
    /// Creates a module with `__name__` set in its dictionary.
    public init(name: String) {
        self.name = name
        super.init(type: nil, hasDict: true)
        dict?.setStr("__name__", .str(name))
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.module }

    /// The module's namespace.
    public var namespace: PyDict { dict ?? PyDict() }

    /// Adds a builtin function to the module.
    public func addFunction(_ name: String, _ fn: @escaping NativeFunction) {
        let f = PyBuiltinFunction(name: name, fn)
        f.module = self.name
        namespace.setStr(name, .object(f))
    }

    /// Adds any value to the module.
    public func add(_ name: String, _ value: Value) {
        namespace.setStr(name, value)
    }
}

/// `super()` / `super(type, obj)`.
public final class PySuper: PyObject {
    /// The class whose MRO successor is searched, and the bound object.
    public let startType: PyType, receiverType: PyType
    /// The bound object.
    public private(set) var receiver: Value
    deinit { DeepRelease.release(&receiver, leaving: .none) }
    /// Creates a super proxy.
    public init(startType: PyType, receiver: Value, receiverType: PyType) {
        self.startType = startType; self.receiver = receiver; self.receiverType = receiverType
        super.init(type: nil)
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.superType }
}

extension PySuper: CustomPyRepr {
    /// CPython's `<super: <class 'C'>, <C object>>`.
    public func pyRepr(_ vm: Interpreter) throws -> String {
        "<super: <class '\(startType.name)'>, <\(receiverType.name) object>>"
    }
}

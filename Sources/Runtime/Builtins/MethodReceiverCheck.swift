/// The `self` check of a builtin type's method, as CPython's method
/// descriptors and slot wrappers make it when called through the class:
/// `unbound method str.upper() needs an argument`,
/// `descriptor 'upper' for 'str' objects doesn't apply to a 'int' object`,
/// and for slot wrappers (`__len__`, `__add__`...) `descriptor '__len__' of
/// 'str' object needs an argument` / `descriptor '__len__' requires a 'str'
/// object but received a 'int'`.
struct MethodReceiverCheck {
    /// The type defining the method (`self` must be an instance); builtin
    /// types live for the whole process, so the reference cycle is harmless.
    let owner: PyType
    /// The method's name.
    let method: String
    /// CPython implements this dunder as a slot wrapper (not a method).
    let isSlotWrapper: Bool

    /// Dunders that CPython's builtin types define as ordinary methods.
    static let methodDunders: Set<String> = [
        "__format__", "__reversed__", "__sizeof__", "__reduce__", "__reduce_ex__", "__getnewargs__",
        "__class_getitem__", "__dir__", "__round__", "__trunc__", "__floor__", "__ceil__", "__complex__",
        "__bytes__", "__getstate__", "__copy__", "__deepcopy__", "__enter__", "__exit__", "__subclasshook__",
        "__init_subclass__", "__instancecheck__", "__subclasscheck__", "__aenter__", "__aexit__",
    ]

    init(owner: PyType, method: String) {
        self.owner = owner
        self.method = method
        let dunder = method.hasPrefix("__") && method.hasSuffix("__") && method.count > 4
        let methodStyle = MethodReceiverCheck.methodDunders.contains(method)
            || (method == "__getitem__" && ["list", "dict", "bytearray"].contains(owner.name))
            || (method == "__contains__" && owner.name == "dict")
        isSlotWrapper = dunder && !methodStyle
    }

    /// Throws CPython's TypeError unless `a[0]` is an instance of the owner.
    @inline(__always)
    func check(_ a: Args) throws {
        guard !a.positional.isEmpty else { throw missing() }
        if MethodReceiverCheck.isInstance(a.positional[0], of: owner) { return }
        throw wrongType(a.positional[0].type)
    }

    /// `isinstance(v, owner)` for the receiver, borrowing the receiver's
    /// class when it has one (a copy of the receiver and of its type were
    /// two retains on every builtin method call).
    @inline(__always)
    static func isInstance(_ v: Value, of owner: PyType) -> Bool {
        if case .object(let o) = v, let t = o.typeRef {
            return t._withUnsafeGuaranteedRef { $0 === owner || $0.isSubtype(of: owner) }
        }
        let t = v.type
        return t === owner || t.isSubtype(of: owner)
    }

    private var ownerName: String {
        owner.moduleName == "builtins" || owner.moduleName.isEmpty ? owner.name : "\(owner.moduleName).\(owner.name)"
    }

    private func missing() -> PyError {
        if isSlotWrapper {
            return PyError.typeError("descriptor '\(method)' of '\(ownerName)' object needs an argument")
        }
        return PyError.typeError("unbound method \(ownerName).\(method)() needs an argument")
    }

    private func wrongType(_ t: PyType) -> PyError {
        if isSlotWrapper {
            return PyError.typeError("descriptor '\(method)' requires a '\(ownerName)' object but received a '\(t.name)'")
        }
        return PyError.typeError("descriptor '\(method)' for '\(ownerName)' objects doesn't apply to a '\(t.name)' object")
    }
}

/// `mappingproxy`: what `Cls.__dict__` and `vars(Cls)` return, and
/// `types.MappingProxyType(mapping)`: a read-only, live view of a mapping.
///
/// A class's proxy also shows the entries CPython's `type_new` puts in a
/// class dict and ours keeps out of it (attribute lookup never needs them):
/// the slot members, `__dict__` and `__weakref__` descriptors when the class
/// adds them, and `__doc__ = None` without a docstring. Builtin types give a
/// proxy over a copy of their (shared, immutable) dict.
public final class PyMappingProxy: PyObject, NativeContainer, NativeIterable, CustomPyRepr, NativeOperand,
    NativeReversible, NativeHashable {
    /// The viewed mapping (a class's own dict for a class proxy).
    var mapping: Value
    /// The class whose dict this is, for the extra entries.
    let owner: PyType?

    init(mapping: Value, owner: PyType?) {
        self.mapping = mapping
        self.owner = owner
        super.init(type: nil)
    }

    deinit { DeepRelease.release(&mapping, leaving: .none) }

    public override var exactBuiltinType: PyType { MappingProxy.type }

    /// The class dict with the extra entries, or the mapping itself.
    func view(_ vm: Interpreter) throws -> Value {
        guard let owner, case .object(let o) = mapping, let d = o as? PyDict else { return mapping }
        let extras = ClassDictExtras.entries(owner)
        if extras.isEmpty { return mapping }
        let copy = d.copy()
        for (name, value) in extras where copy.getStr(name) == nil { copy.setStr(name, value) }
        return .object(copy)
    }

    func extra(_ key: Value) -> Value? {
        guard let owner, let name = key.stringValue else { return nil }
        return ClassDictExtras.entries(owner).first { $0.0 == name }?.1
    }

    public func nativeLength(_ vm: Interpreter) throws -> Int { try vm.length(view(vm)) }

    public func nativeGetItem(_ vm: Interpreter, _ key: Value) throws -> Value {
        if owner != nil, case .object(let o) = mapping, let d = o as? PyDict {
            if let v = try d.get(key, vm) { return v }
            if let v = extra(key) { return v }
            throw PyError.keyError(key)
        }
        return try vm.getItem(mapping, key)
    }

    public func nativeSetItem(_ vm: Interpreter, _ key: Value, _ value: Value) throws {
        throw PyError.typeError("'mappingproxy' object does not support item assignment")
    }

    public func nativeDeleteItem(_ vm: Interpreter, _ key: Value) throws {
        throw PyError.typeError("'mappingproxy' object does not support item deletion")
    }

    public func nativeContains(_ vm: Interpreter, _ item: Value) throws -> Bool? {
        if owner != nil, case .object(let o) = mapping, let d = o as? PyDict {
            return try d.get(item, vm) != nil || extra(item) != nil
        }
        return try vm.contains(mapping, item)
    }

    public func makeIterator(_ vm: Interpreter) throws -> Value { try vm.iterator(view(vm)) }

    public func makeReversedIterator(_ vm: Interpreter) throws -> Value {
        try vm.call(vm.getAttribute(.object(vm.builtinsModule), "reversed"), [view(vm)])
    }

    public func pyRepr(_ vm: Interpreter) throws -> String { "mappingproxy(\(try vm.repr(view(vm))))" }

    public func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        guard op == .or else { return nil }
        let mine = try vm.view(of: self)
        return reflected ? try vm.binaryOp(other, mine, .or) : try vm.binaryOp(mine, other, .or)
    }

    public func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        try vm.compare(view(vm), other, op)
    }

    /// CPython 3.11's mappingproxy has no hash of its own (3.12 added one).
    public func nativeHash(_ vm: Interpreter) throws -> Int {
        throw PyError.typeError("unhashable type: 'mappingproxy'")
    }
}

extension Interpreter {
    /// A plain dict with a proxy's contents (`proxy | other`).
    fileprivate func view(of proxy: PyMappingProxy) throws -> Value {
        let v = try proxy.view(self)
        if v.object is PyDict { return .object((v.object as? PyDict)?.copy() ?? PyDict()) }
        return try call(.object(BuiltinTypes.dict), [v])
    }

    /// `Cls.__dict__`: a proxy over the class's live dict.
    func classDictProxy(_ ty: PyType) -> Value {
        if ty.isBuiltin { return .object(PyMappingProxy(mapping: .object(ty.attributes.copy()), owner: nil)) }
        return .object(PyMappingProxy(mapping: .object(ty.attributes), owner: ty))
    }
}

/// The `mappingproxy` type and its methods.
enum MappingProxy {
    static let type = PyType(name: "mappingproxy", bases: [BuiltinTypes.object], builtin: true, layout: .native)

    static func proxy(_ a: Args, _ name: String) throws -> PyMappingProxy {
        guard case .object(let o) = a[0], let p = o as? PyMappingProxy else {
            throw PyError.typeError("descriptor '\(name)' for 'mappingproxy' objects doesn't apply to a '\(a[0].type.cTypeName)' object")
        }
        return p
    }

    static func install() {
        type.defineNew { vm, _, a in
            let slots = try a.bind("mappingproxy", ["mapping"], required: 1)
            let m = slots[0] ?? .none
            var isMapping = m.object is PyDict || m.object is PyMappingProxy
            if !isMapping, !(m.object is PyList), !(m.object is PyTuple) {
                let keys = try vm.lookupAttribute(m, PyStr("keys"))
                let getitem = try vm.lookupAttribute(m, PyStr("__getitem__"))
                isMapping = keys != nil && getitem != nil
            }
            guard isMapping else {
                throw PyError.typeError("mappingproxy() argument must be a mapping, not \(m.type.name)")
            }
            return .object(PyMappingProxy(mapping: m, owner: nil))
        }
        for name in ["keys", "values", "items", "copy"] {
            type.defineMethod(name) { vm, a in
                try a.check(name, min: 1, max: 1, skipSelf: 1)
                return try vm.callMethod(proxy(a, name).view(vm), name, [])
            }
        }
        type.defineMethod("get") { vm, a in
            try a.check("get", min: 2, max: 3, skipSelf: 1)
            let p = try proxy(a, "get")
            if try p.nativeContains(vm, a[1]) ?? false { return try p.nativeGetItem(vm, a[1]) }
            return a.count > 2 ? a[2] : .none
        }
        type.defineMethod("__getitem__") { vm, a in
            try a.check("__getitem__", min: 2, max: 2, skipSelf: 1)
            return try proxy(a, "__getitem__").nativeGetItem(vm, a[1])
        }
        type.defineMethod("__contains__") { vm, a in
            try a.check("__contains__", min: 2, max: 2, skipSelf: 1)
            return .bool(try proxy(a, "__contains__").nativeContains(vm, a[1]) ?? false)
        }
        type.defineMethod("__len__") { vm, a in
            try a.check("__len__", min: 1, max: 1, skipSelf: 1)
            return .int(try proxy(a, "__len__").nativeLength(vm))
        }
        type.defineMethod("__iter__") { vm, a in
            try a.check("__iter__", min: 1, max: 1, skipSelf: 1)
            return try proxy(a, "__iter__").makeIterator(vm)
        }
        type.defineMethod("__reversed__") { vm, a in
            try a.check("__reversed__", min: 1, max: 1, skipSelf: 1)
            let view = try proxy(a, "__reversed__").view(vm)
            return try vm.call(vm.getAttribute(.object(vm.builtinsModule), "reversed"), [view])
        }
        type.defineMethod("__repr__") { vm, a in .str(try proxy(a, "__repr__").pyRepr(vm)) }
    }
}

/// The entries CPython's class dicts hold that ours does not (see
/// PyMappingProxy), and the descriptor objects standing for them.
enum ClassDictExtras {
    static func entries(_ ty: PyType) -> [(String, Value)] {
        guard !ty.isBuiltin else { return [] }
        var out: [(String, Value)] = []
        let declared = ty.dict?.getStr("__slots__")
        if let declared {
            var names: [String] = []
            if let one = declared.stringValue {
                names = [one]
            } else if let items = (declared.object as? PyTuple)?.items ?? (declared.object as? PyList)?.items {
                names = items.compactMap { $0.stringValue }
            }
            for n in names where n != "__dict__" && n != "__weakref__" {
                out.append((n, .object(PyAttributeDescriptor(kind: .member, name: n, owner: ty.name))))
            }
        }
        if declared == nil {
            var inherited = false
            for b in ty.mro.dropFirst() {
                if !b.isBuiltin {
                    if b.allowedInstanceAttributes() == nil { inherited = true; break }
                    continue
                }
                inherited = b.isSubtype(of: BuiltinTypes.baseException)
                break
            }
            if !inherited {
                out.append(("__dict__", .object(PyAttributeDescriptor(kind: .getset, name: "__dict__", owner: ty.name))))
            }
            if WeakReferenceable.allowsInstances(of: ty),
               !ty.mro.dropFirst().contains(where: { $0 !== BuiltinTypes.object && WeakReferenceable.allowsInstances(of: $0) }) {
                out.append(("__weakref__",
                            .object(PyAttributeDescriptor(kind: .getset, name: "__weakref__", owner: ty.name))))
            }
        }
        if ty.dict?.getStr("__doc__") == nil { out.append(("__doc__", .none)) }
        return out
    }
}

/// `<attribute '__dict__' of 'A' objects>` (getset_descriptor) and
/// `<member 'a' of 'S' objects>` (member_descriptor), as found in a class
/// proxy; `__get__` reads the attribute from an instance.
public final class PyAttributeDescriptor: PyObject, CustomPyRepr {
    enum Kind { case getset, member }
    let kind: Kind
    let name: String
    let owner: String

    init(kind: Kind, name: String, owner: String) {
        self.kind = kind
        self.name = name
        self.owner = owner
        super.init(type: nil)
    }

    public override var exactBuiltinType: PyType { kind == .getset ? Self.getsetType : Self.memberType }

    public func pyRepr(_ vm: Interpreter) throws -> String {
        kind == .getset ? "<attribute '\(name)' of '\(owner)' objects>" : "<member '\(name)' of '\(owner)' objects>"
    }

    static let getsetType = PyType(name: "getset_descriptor", bases: [BuiltinTypes.object], builtin: true, layout: .native)
    static let memberType = PyType(name: "member_descriptor", bases: [BuiltinTypes.object], builtin: true, layout: .native)

    static func install() {
        for t in [getsetType, memberType] {
            t.defineMethod("__get__") { vm, a in
                try a.check("__get__", min: 2, max: 3, skipSelf: 1)
                guard case .object(let o) = a[0], let d = o as? PyAttributeDescriptor else { return .none }
                if a[1].isNone { return a[0] }
                return try vm.getAttribute(a[1], d.name)
            }
            t.defineProperty("__name__", get: { _, a in .str((a[0].object as? PyAttributeDescriptor)?.name ?? "") })
            t.defineMethod("__repr__") { vm, a in
                guard case .object(let o) = a[0], let d = o as? PyAttributeDescriptor else { return .str("") }
                return .str(try d.pyRepr(vm))
            }
        }
    }
}

extension Interpreter {
    /// `getattr(v, name)`; raises AttributeError with CPython's wording.
    public func getAttribute(_ v: Value, _ name: PyStr) throws -> Value {
        try requireAttribute(v, name) { try lookupAttribute(v, name) }
    }

    /// The value `lookup` finds, or CPython's AttributeError for `v.name`
    /// (with its `name`/`obj` fields, also on an AttributeError `lookup`
    /// raised itself).
    @inline(__always)
    private func requireAttribute(_ v: Value, _ name: PyStr, _ lookup: () throws -> Value?) throws -> Value {
        do {
            if let r = try lookup() { return r }
        } catch let e as PyError {
            ExceptionNameFields.fillAttributeContext(e.exception, name: name, obj: v)
            throw e
        }
        let e = attributeError(v, name.value)
        ExceptionNameFields.fillAttributeContext(e.exception, name: name, obj: v)
        throw e
    }

    /// `getattr(v, name)` with a Swift-string name.
    public func getAttribute(_ v: Value, _ name: String) throws -> Value {
        try getAttribute(v, PyStr(name))
    }

    /// The AttributeError CPython raises for a missing attribute.
    public func attributeError(_ v: Value, _ name: String) -> PyError {
        if case .object(let o) = v {
            if let t = o as? PyType { return .attributeError("type object '\(t.name)' has no attribute '\(name)'") }
            if let m = o as? PyModule {
                // CPython names the module by its current `__name__`.
                guard let n = m.dict?.getStr(Names.name)?.stringValue else {
                    return .attributeError("module has no attribute '\(name)'")
                }
                return .attributeError("module '\(n)' has no attribute '\(name)'")
            }
        }
        return .attributeError("'\(v.type.cTypeName)' object has no attribute '\(name)'")
    }

    /// Attribute lookup; nil means "no such attribute" (no exception built).
    /// A class that defines `__getattribute__` gets it called (and
    /// `__getattr__` after an AttributeError), as CPython's slot does.
    public func lookupAttribute(_ v: Value, _ name: PyStr) throws -> Value? {
        // Asked through unretained references: binding the object from `v`
        // made a strong copy, a retain and a release per attribute read.
        if let object = v.unretained(PyObject.self),
           object._withUnsafeGuaranteedRef({ $0.typeRef?._withUnsafeGuaranteedRef { $0.overridesGetattribute } ?? false }) {
            return try overriddenAttribute(v, name, v.type)
        }
        return try genericLookupAttribute(v, name, getattrFallback: true)
    }

    /// `obj.name` through the class's own `__getattribute__`, then its
    /// `__getattr__` when that raised AttributeError.
    private func overriddenAttribute(_ v: Value, _ name: PyStr, _ type: PyType) throws -> Value? {
        guard let getattribute = type.lookupUser(Names.getattribute) else {
            return try genericLookupAttribute(v, name, getattrFallback: true)
        }
        do {
            return try call(getattribute, [v, .object(name)])
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.attributeError) {
            guard let getattr = type.lookupUser(Names.getattr) else { throw e }
            return try call(getattr, [v, .object(name)])
        }
    }

    /// `object.__getattribute__(v, name)`: the generic lookup, which never
    /// calls the class's `__getattribute__` or `__getattr__`.
    func genericGetAttribute(_ v: Value, _ name: PyStr) throws -> Value {
        try requireAttribute(v, name) { try genericLookupAttribute(v, name, getattrFallback: false) }
    }

    /// The generic lookup (instance dict, class, descriptors), then
    /// `__getattr__` when `getattrFallback` and nothing was found.
    private func genericLookupAttribute(_ v: Value, _ name: PyStr, getattrFallback: Bool) throws -> Value? {
        var attr: Value?
        var lookedUp = false
        if case .object(let o) = v, let inst = o as? PyInstance {
            // The commonest case, with the class attribute looked up once
            // (Protocols/InstanceAttributeFastPaths.swift).
            if let r = instanceDictAttribute(inst, name, classAttribute: &attr) { return r }
            lookedUp = true
        }
        let t = v.type
        // Plain instances (the common case) are none of the special kinds.
        if case .object(let o) = v, !(o is PyInstance) {
            if let ty = o as? PyType { return try typeAttribute(ty, name) }
            if let s = o as? PySuper { return try superAttribute(s, name) }
            if let m = o as? PyModule {
                if let r = m.dict?.getStr(name) { return r }
                if name.value == "__dict__", let d = m.dict { return .object(d) }
                if let g = m.dict?.getStr(Names.getattr) { return try call(g, [.object(name)]) }
                return nil
            }
        }
        if !lookedUp { attr = t.lookup(name) }
        if let a = attr, case .object(let ao) = a {
            if let p = ao as? PyProperty {
                if let get = p.override(Names.get) { return try call(get, [a, v, .object(t)]) }
                if p.getter.isNone { throw p.missingAccessor("getter", of: t) }
                return try callOne(p.getter, v)
            }
            if !ao.type.isBuiltin, ao.type.lookupUser(Names.set) != nil || ao.type.lookupUser(Names.delete) != nil,
               let get = ao.type.lookupUser(Names.get) {
                return try call(get, [a, v, .object(t)])
            }
        }
        if case .object(let o) = v {
            if let d = o.dict, let r = d.getStr(name) { return r }
            if name.spells(Names.classCell) { return .object(t) }
            if name.spells(Names.dict), let d = o.dict, t.isBuiltin || t.allowedInstanceAttributes() == nil {
                return .object(d)
            }
        } else if name.spells(Names.classCell) {
            return .object(t)
        }
        if let a = attr { return try bind(a, to: v, type: t) }
        if case .object(let o) = v, o is PyInstance, name.value == "__weakref__",
           WeakReferenceable.allowsInstances(of: t) {
            return try weakrefHead(v)
        }
        if getattrFallback, !t.isBuiltin, let g = t.lookupUser(Names.getattr) {
            return try call(g, [v, .object(name)])
        }
        if case .object(let o) = v, let bound = o as? PyBoundMethod {
            // CPython's method_getattro: what the method type lacks is read
            // from the function (`obj.test.__unittest_skip__`), and so is
            // the error: "'function' object has no attribute ...".
            if let r = try lookupAttribute(bound.function, name) { return r }
            throw attributeError(bound.function, name.value)
        }
        return nil
    }

    /// `obj.__weakref__`: the first weak reference to `obj` (CPython's head
    /// of its weakref list), or None; there is none before `weakref` is imported.
    func weakrefHead(_ v: Value) throws -> Value {
        guard let module = modules["weakref"], let refs = module.namespace.getStr("getweakrefs") else { return .none }
        let list = try toArray(try call(refs, [v]))
        return list.first ?? .none
    }

    /// Applies the descriptor protocol to a class attribute found for instance `v`.
    public func bind(_ a: Value, to v: Value, type t: PyType) throws -> Value {
        guard case .object(let ao) = a else { return a }
        switch ao {
        case is PyFunction: return .object(PyBoundMethod(function: a, receiver: v))
        case let b as PyBuiltinFunction: return b.isMethod && b.boundSelf == nil ? .object(b.bind(v)) : a
        case let w as PyMethodWrapper:
            return w.isClassMethod ? .object(PyBoundMethod(function: w.function, receiver: .object(t))) : w.function
        default:
            if let userCls = ao.userClass, let get = userCls.lookupUser(Names.get) {
                return try call(get, [a, v, .object(t)])
            }
            if ao.type.flags.bindsAsMethod { return .object(PyBoundMethod(function: a, receiver: v)) }
            return a
        }
    }

    /// `Cls.name`: metatype data descriptors, then the class MRO, then the
    /// metatype; a metatype's `__getattr__` last, also when a descriptor's
    /// `__get__` raised AttributeError (CPython's slot_tp_getattr_hook).
    func typeAttribute(_ ty: PyType, _ name: PyStr) throws -> Value? {
        let meta = ty.type
        guard !meta.isBuiltin, let getattr = meta.lookupUser(Names.getattr) else {
            return try typeAttributeFound(ty, name, meta)
        }
        do {
            if let found = try typeAttributeFound(ty, name, meta) { return found }
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.attributeError) {}
        return try call(getattr, [.object(ty), .object(name)])
    }

    private func typeAttributeFound(_ ty: PyType, _ name: PyStr, _ meta: PyType) throws -> Value? {
        let metaAttr = meta.lookup(name)
        if let m = metaAttr, case .object(let mo) = m, mo is PyProperty {
            return try bind(m, to: .object(ty), type: meta).propertyGet(self, .object(ty))
        }
        if let a = ty.lookup(name) {
            guard case .object(let ao) = a else { return a }
            if let p = ao as? PyProperty, let get = p.override(Names.get) {
                return try call(get, [a, .none, .object(ty)])
            }
            switch ao {
            case let w as PyMethodWrapper:
                return w.isClassMethod ? .object(PyBoundMethod(function: w.function, receiver: .object(ty))) : w.function
            case is PyFunction, is PyBuiltinFunction, is PyProperty: return a
            default:
                if let userCls = ao.userClass, let get = userCls.lookupUser(Names.get) {
                    return try call(get, [a, .none, .object(ty)])
                }
                return a
            }
        }
        // `object.__class__` is a data descriptor found through the metatype.
        if name.value == "__class__" { return .object(meta) }
        // Builtin types are shared between threads: hand out a copy.
        if name.value == "__dict__" { return classDictProxy(ty) }
        if name.value == "__weakref__", let e = ClassDictExtras.entries(ty).first(where: { $0.0 == "__weakref__" }) {
            return e.1
        }
        // A name in `__slots__` is a member descriptor of its class (`<member 'a' of 'S' objects>`).
        for t in ty.mro where !t.isBuiltin && t.dict?.getStr("__slots__") != nil {
            if let e = ClassDictExtras.entries(t).first(where: { $0.0 == name.value }), e.1.object is PyAttributeDescriptor {
                return e.1
            }
        }
        if let m = metaAttr { return try bind(m, to: .object(ty), type: meta) }
        return nil
    }

    /// `setattr(v, name, value)`.
    public func setAttribute(_ v: Value, _ name: PyStr, _ value: Value) throws {
        if case .object(let o) = v, let inst = o as? PyInstance, storeInstanceDictAttribute(inst, name, value) { return }
        let t = v.type
        guard case .object(let o) = v else {
            throw PyError.attributeError("'\(t.name)' object has no attribute '\(name.value)'")
        }
        if !(o is PyInstance), let ty = o as? PyType {
            if ty.isBuiltin {
                throw PyError.typeError("cannot set '\(name.value)' attribute of immutable type '\(ty.name)'")
            }
            if let m = ty.type.lookupUser(Names.setattr) { _ = try call(m, [v, .object(name), value]); return }
            try setTypeAttribute(ty, name, value)
            return
        }
        if !t.isBuiltin, let m = t.lookupUser(Names.setattr) {
            _ = try call(m, [v, .object(name), value])
            return
        }
        try genericSetAttribute(o, name, value)
    }

    /// `object.__setattr__`: data descriptors, special attributes, then the instance dict.
    public func genericSetAttribute(_ o: PyObject, _ name: PyStr, _ value: Value) throws {
        let t = o.type
        if let a = t.lookup(name), case .object(let ao) = a {
            if let p = ao as? PyProperty {
                if let set = p.override(Names.set) {
                    _ = try call(set, [a, .object(o), value])
                    return
                }
                if p.setter.isNone {
                    throw p.missingAccessor("setter", of: t)
                }
                _ = try call(p.setter, [.object(o), value])
                return
            }
            if let userCls = ao.userClass, let set = userCls.lookupUser(Names.set) {
                _ = try call(set, [a, .object(o), value])
                return
            }
        }
        if !(o is PyInstance), try setSpecialAttribute(o, name.value, value) { return }
        if let inst = o as? PyInstance, name.value == "__class__" || name.value == "__dict__" {
            try setInstanceSpecialAttribute(inst, name.value, value)
            return
        }
        if !t.isBuiltin, let allowed = t.allowedInstanceAttributes(), !allowed.contains(name.value) {
            throw PyError.attributeError("'\(t.name)' object has no attribute '\(name.value)'")
        }
        if let d = o.dict { d.setStr(name, value); return }
        throw PyError.attributeError("'\(t.name)' object has no attribute '\(name.value)'")
    }

    func setTypeAttribute(_ ty: PyType, _ name: PyStr, _ value: Value) throws {
        switch name.value {
        case "__name__": ty.name = try str(value)
        case "__qualname__": ty.qualname = try str(value)
        case "__module__": ty.moduleName = try str(value); ty.attributes.setStr(name, value)
        default: ty.attributes.setStr(name, value)
        }
        if name.value == "__getattr__" { ty.hasGetattr = true }
        if name.value == "__del__" { enableFinalizers(of: ty) }
        ty.invalidateLookupCache()
    }

    /// Attributes stored in Swift fields rather than the instance dict.
    func setSpecialAttribute(_ o: PyObject, _ name: String, _ value: Value) throws -> Bool {
        switch o {
        case let e as PyException:
            switch name {
            case "args": e.args = try toArray(value); return true
            case "__cause__":
                e.cause = value.object as? PyException
                e.suppressContext = true
                return true
            case "__context__": e.context = value.object as? PyException; return true
            case "__suppress_context__": e.suppressContext = try isTruthy(value); return true
            case "__traceback__": if value.isNone { e.traceback = [] }; return true
            default: return false
            }
        case let f as PyFunction:
            switch name {
            case "__name__": f.name = try str(value); return true
            case "__qualname__": f.qualname = try str(value); return true
            case "__module__": f.moduleName = value; return true
            case "__defaults__": f.defaults = value.isNone ? [] : try toArray(value); return true
            default: return false
            }
        default:
            return false
        }
    }

    /// `delattr(v, name)`.
    public func deleteAttribute(_ v: Value, _ name: PyStr) throws {
        guard case .object(let o) = v else { throw attributeError(v, name.value) }
        if let ty = o as? PyType {
            if ty.isBuiltin { throw PyError.typeError("cannot delete '\(name.value)' attribute of immutable type '\(ty.name)'") }
            if let m = ty.type.lookupUser(Names.delattr) { _ = try call(m, [v, .object(name)]); return }
            if ty.attributes.removeStr(name) == nil { throw attributeError(v, name.value) }
            ty.invalidateLookupCache()
            return
        }
        let t = o.type
        if !t.isBuiltin, let m = t.lookupUser(Names.delattr) { _ = try call(m, [v, .object(name)]); return }
        if let a = t.lookup(name), case .object(let ao) = a {
            if let p = ao as? PyProperty {
                if let del = p.override(Names.delete) { _ = try call(del, [a, v]); return }
                if p.deleter.isNone { throw p.missingAccessor("deleter", of: t) }
                _ = try call(p.deleter, [v]); return
            }
            if let userCls = ao.userClass, let del = userCls.lookupUser(Names.delete) { _ = try call(del, [a, v]); return }
        }
        if let d = o.dict, d.removeStr(name) != nil { return }
        throw attributeError(v, name.value)
    }
}

extension Value {
    /// Calls a property's getter when this is a property; otherwise returns self.
    func propertyGet(_ vm: Interpreter, _ owner: Value) throws -> Value {
        if case .object(let o) = self, let p = o as? PyProperty { return try vm.call(p.getter, [owner]) }
        return self
    }
}

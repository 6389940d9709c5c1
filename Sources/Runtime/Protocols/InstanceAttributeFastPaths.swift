/// Attribute access on plain instances of user classes, the commonest
/// case of `obj.name`, `obj.name = v` and `obj.name(...)`, without
/// retaining the class or the instance dict.
///
/// DESIGN: reading a class-typed field (`o.typeStorage`, `o.dict`) and
/// calling a method on it costs a retain and a release in Swift, because
/// the call could replace the field and free the old value. Here the
/// class and the dict are borrowed (`_withUnsafeGuaranteedRef`) only
/// across native lookups and stores that run no Python code: the
/// instance, which the caller holds, keeps both alive for that long, and
/// releasing an overwritten value defers any `__del__` or weakref
/// callback to the next instruction boundary. Everything else (data
/// descriptors, `__setattr__`, `__slots__`, bound methods) goes the
/// general way.
extension Interpreter {
    /// `inst.name` when the instance dict holds it and the class has no
    /// data descriptor of that name; nil means "take the general path",
    /// which gets the class attribute found here in `classAttribute`.
    @inline(__always)
    func instanceDictAttribute(_ inst: PyInstance, _ name: PyStr, classAttribute: inout Value?) -> Value? {
        guard let type = inst.typeRef else { classAttribute = inst.type.lookup(name); return nil }
        classAttribute = type._withUnsafeGuaranteedRef { $0.lookup(name) }
        if Interpreter.shadowsInstanceDict(classAttribute) { return nil }
        guard let dict = inst.dictRef else { return nil }
        return dict._withUnsafeGuaranteedRef { $0.getStr(name) }
    }

    /// `inst.name = value` into the instance dict when nothing else is
    /// involved (no `__setattr__`, no data descriptor, no `__slots__`);
    /// false means "take the general path".
    @inline(__always)
    func storeInstanceDictAttribute(_ inst: PyInstance, _ name: PyStr, _ value: Value) -> Bool {
        guard let type = inst.typeRef, let dict = inst.dictRef,
              type._withUnsafeGuaranteedRef({ storesInInstanceDict($0, name) }) else { return false }
        dict._withUnsafeGuaranteedRef { $0.setStr(name, value) }
        return true
    }

    /// Whether a class attribute found for an instance attribute's name
    /// takes precedence over the instance dict: a property, or an instance
    /// of a user class (which may be a data descriptor).
    @inline(__always)
    static func shadowsInstanceDict(_ classAttribute: Value?) -> Bool {
        guard case .some(.object(let ao)) = classAttribute else { return false }
        return ao is PyProperty || ao.userClass != nil
    }

    /// Whether `obj.name = v` on instances of `t` stores straight into the
    /// instance dict: no `__setattr__`, no `__slots__`, no data descriptor
    /// or property of that name (`__class__` and `__dict__` are data
    /// descriptors of `object`; equal strings have equal hashes).
    @inline(__always)
    func storesInInstanceDict(_ t: PyType, _ name: PyStr) -> Bool {
        let h = name.hash
        if h == Names.classCell.hash || h == Names.dict.hash { return false }
        guard t.lookupUser(Names.setattr) == nil, t.allowedInstanceAttributes() == nil else { return false }
        return !Interpreter.shadowsInstanceDict(t.lookup(name))
    }

    /// The function `obj.name(...)` calls with `obj` as its first
    /// argument, when no bound method is needed: a Python function or a
    /// builtin method found on the class and not shadowed by the instance
    /// dict. Nil means "get the attribute" (classes, modules, `super()`
    /// objects, instance attributes, descriptors).
    @inline(__always)
    func unboundMethod(_ obj: Value, _ name: PyStr) -> Value? {
        guard case .object(let o) = obj else {
            guard let a = obj.type.lookup(name), case .object(let ao) = a,
                  (ao as? PyBuiltinFunction)?.isMethod ?? false else { return nil }
            return a
        }
        if o is PyType || o is PyModule || o is PySuper { return nil }
        let found: Value?
        if let type = o.typeRef {
            found = type._withUnsafeGuaranteedRef { $0.overridesGetattribute ? nil : $0.lookup(name) }
        } else {
            found = o.exactBuiltinType.lookup(name)
        }
        // Checked in place and returned as found: binding the value to a
        // second name, or casting it with `as?`, copied it (a retain each).
        guard case .some(.object(let ao)) = found else { return nil }
        if !(ao is PyFunction) {
            guard ao is PyBuiltinFunction, unsafeDowncast(ao, to: PyBuiltinFunction.self).isMethod else { return nil }
        }
        if let dict = o.dictRef, dict._withUnsafeGuaranteedRef({ $0.containsStr(name) }) {
            return nil
        }
        return found
    }
}

extension Interpreter {
    /// `inst.__class__ = cls` and `inst.__dict__ = d` on a plain instance,
    /// with CPython's checks: the new class must be a user class with the
    /// same instance layout (and the same `__slots__` restriction).
    func setInstanceSpecialAttribute(_ inst: PyInstance, _ name: String, _ value: Value) throws {
        if name == "__dict__" {
            guard case .object(let o) = value, let d = o as? PyDict else {
                throw PyError.typeError("__dict__ must be set to a dictionary, not a '\(value.type.cTypeName)'")
            }
            inst.dict = d
            return
        }
        guard case .object(let o) = value, let cls = o as? PyType else {
            throw PyError.typeError("__class__ must be set to a class, not '\(value.type.cTypeName)' object")
        }
        guard !cls.isBuiltin else {
            throw PyError.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
        }
        let old = inst.type
        guard cls.layout == .object,
              cls.allowedInstanceAttributes() == old.allowedInstanceAttributes() else {
            throw PyError.typeError("__class__ assignment: '\(cls.name)' object layout differs from '\(old.name)'")
        }
        inst.type = cls
    }
}

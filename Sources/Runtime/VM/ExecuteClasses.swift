extension Interpreter {
    /// `__build_class__(body, name, *bases, metaclass=..., **kw)`.
    func buildClass(_ a: Args) throws -> Value {
        guard a.count >= 2, case .object(let fo) = a[0], let body = fo as? PyFunction, let name = a[1].stringValue else {
            throw PyError.typeError("__build_class__: bad arguments")
        }
        let originalBases = Array(a.positional.dropFirst(2))
        var meta: Value?
        var kws: [(name: String, value: Value)] = []
        for (k, v) in a.keywords { if k == "metaclass" { meta = v } else { kws.append((k, v)) } }
        let bases = try resolveMroEntries(originalBases)
        meta = try calculateMetaclass(meta, bases)
        let ns = try prepareNamespace(meta!, name: name, bases: bases, keywords: kws)
        if bases.count != originalBases.count || zip(bases, originalBases).contains(where: { !$0.isIdentical($1) }) {
            try setItem(.object(ns), .str("__orig_bases__"), .object(PyTuple(originalBases)))
        }
        let modName = try classBodyModuleName(ns, globals: body.globals)
        if ns.typeStorage == nil {
            ns.setStr(Names.module, modName)
            ns.setStr(Names.qualname, .str(body.qualname))
        } else {
            try setItem(.object(ns), .object(Names.module), modName)
            try setItem(.object(ns), .object(Names.qualname), .str(body.qualname))
        }
        let frame = Frame(code: body.code, globals: body.globals, localsDict: ns, function: body)
        var cells: [PyCell] = []
        for _ in body.code.cellNames { cells.append(PyCell()) }
        cells.append(contentsOf: body.closure)
        frame.cells = cells
        let r = try execute(frame)
        let cls: Value
        if case .object(let mo) = meta!, let mt = mo as? PyType, mt === BuiltinTypes.type || mt.isBuiltin {
            cls = .object(try makeClass(name: name, bases: bases, namespace: ns, metatype: mt, keywords: kws))
        } else {
            cls = try call(meta!, Args([.str(name), .object(PyTuple(bases)), .object(ns)], keywords: kws))
        }
        if case .returned(let cellV) = r, case .object(let co) = cellV, let cell = co as? PyCell {
            cell.value = cls
        }
        return cls
    }

    /// Creates a class object (`type(name, bases, ns)`).
    public func makeClass(name: String, bases: [Value], namespace ns: PyDict, metatype: PyType,
                          keywords: [(name: String, value: Value)] = []) throws -> PyType {
        var baseTypes: [PyType] = []
        for b in bases {
            guard case .object(let o) = b, let t = o as? PyType else {
                throw PyError.typeError("bases must be types")
            }
            if t === BuiltinTypes.bool || t === BuiltinTypes.noneType || t === BuiltinTypes.range
                || t === BuiltinTypes.function || t === BuiltinTypes.slice {
                throw PyError.typeError("type '\(t.name)' is not an acceptable base type")
            }
            baseTypes.append(t)
        }
        if baseTypes.isEmpty { baseTypes = [BuiltinTypes.object] }
        if let slots = ns.getStr("__slots__") {
            try WeakReferenceable.checkDeclaredSlot(slots, bases: baseTypes)
            try checkSlotsAgainstClassVariables(slots, className: name, ns)
        }
        var layout = InstanceLayout.object
        for b in baseTypes where b.layout != .object {
            if layout != .object && layout != b.layout {
                throw PyError.typeError("multiple bases have instance lay-out conflict")
            }
            layout = b.layout
        }
        for (i, b) in baseTypes.enumerated() where baseTypes[..<i].contains(where: { $0 === b }) {
            throw PyError.typeError("duplicate base class \(b.name)")
        }
        let mro = try PyType.c3(baseTypes)
        let t = PyType(name: name, bases: baseTypes, builtin: false, layout: layout,
                       module: ns.getStr(Names.module)?.stringValue ?? "__main__",
                       metatype: metatype === BuiltinTypes.type ? nil : metatype)
        t.mro = [t] + mro
        for b in baseTypes { b.addSubclass(t) }
        if let nb = baseTypes.first(where: { $0.nativeNew != nil && $0.layout == .native }) { t.nativeNew = nb.nativeNew }
        for (k, v) in ns.items {
            guard let ks = k.asStr else { continue }
            var value = v
            if ks.value == "__qualname__" { t.qualname = v.stringValue ?? name; continue }
            if (ks.value == "__init_subclass__" || ks.value == "__class_getitem__"), case .object(let o) = v, o is PyFunction {
                value = .object(PyMethodWrapper(function: v, isClassMethod: true))
            }
            if ks.value == "__new__", case .object(let o) = v, o is PyFunction {
                value = .object(PyMethodWrapper(function: v, isClassMethod: false))
            }
            t.attributes.setStr(ks, value)
        }
        t.invalidateLookupCache()
        if ns.getStr(Names.eq) != nil && ns.getStr(Names.hash) == nil {
            t.attributes.setStr(Names.hash, .none)
        }
        t.hasGetattr = t.lookupUser(Names.getattr) != nil
        if t.lookupUser(Names.del) != nil { enableFinalizers(of: t) }
        for (k, v) in ns.items {
            // Any value whose type defines __set_name__ (property's is builtin).
            if case .object(let o) = v, let sn = o.type.lookup(Names.setName) {
                do {
                    _ = try call(sn, [v, .object(t), k])
                } catch let e as PyError {
                    // CPython 3.11 wraps it, with the error as the cause.
                    let wrapped = PyError(BuiltinTypes.runtimeError,
                                          "Error calling __set_name__ on '\(v.type.cTypeName)' instance \(try repr(k)) in '\(t.name)'")
                    wrapped.exception.cause = e.exception
                    wrapped.exception.context = e.exception
                    wrapped.exception.suppressContext = true
                    throw wrapped
                }
            }
        }
        if let parent = t.mro.dropFirst().first(where: { $0.dict?.getStr(Names.initSubclass) != nil }),
           let m = parent.dict?.getStr(Names.initSubclass) {
            var f = m
            if case .object(let o) = m, let w = o as? PyMethodWrapper { f = w.function }
            if case .object(let o) = f, o is PyBuiltinFunction {
                if !keywords.isEmpty {
                    throw PyError.typeError("\(name).__init_subclass__() takes no keyword arguments")
                }
            } else {
                _ = try call(f, Args([.object(t)], keywords: keywords))
            }
        }
        return t
    }

    /// Arguments of a zero-argument `super()`: the class from the
    /// `__class__` cell and the function's first argument.
    func superArgs(_ frame: Frame, cellIndex: Int) throws -> (Value, Value) {
        let code = frame.code
        if code.argCount == 0 { throw PyError.runtimeError("super(): no arguments") }
        guard cellIndex >= 0, cellIndex < frame.cells.count, let cls = frame.cells[cellIndex].value else {
            throw PyError.runtimeError("super(): __class__ cell not found")
        }
        if let i = code.cellToArg.firstIndex(of: 0), let v = frame.cells[i].value { return (cls, v) }
        if let v = frame.locals.first ?? nil { return (cls, v) }
        throw PyError.runtimeError("super(): arg[0] deleted")
    }

    /// Attribute lookup through a `super` proxy.
    func superAttribute(_ s: PySuper, _ name: PyStr) throws -> Value? {
        let mro = s.receiverType.mro
        guard let start = mro.firstIndex(where: { $0 === s.startType }) else { return nil }
        for t in mro[(start + 1)...] {
            guard let a = t.dict?.getStr(name) else { continue }
            if case .object(let ro) = s.receiver, ro is PyType, s.receiver.object === s.receiverType {
                if case .object(let ao) = a, let w = ao as? PyMethodWrapper {
                    return w.isClassMethod ? .object(PyBoundMethod(function: w.function, receiver: s.receiver)) : w.function
                }
                return a
            }
            if case .object(let ao) = a, let p = ao as? PyProperty { return try call(p.getter, [s.receiver]) }
            return try bind(a, to: s.receiver, type: s.receiverType)
        }
        return nil
    }

    /// CPython's check that no slot shadows a class variable of the same
    /// body (`__slots__ = ('a',)` beside `a = 1`): private names are
    /// compared mangled, as the body stored them; `__dict__` and
    /// `__weakref__` are not slots of their own.
    private func checkSlotsAgainstClassVariables(_ slots: Value, className: String, _ ns: PyDict) throws {
        for slot in WeakReferenceable.slotNames(slots) where slot != "__dict__" && slot != "__weakref__" {
            let key = PrivateNames.mangle(slot, className: className)
            if ns.getStr(key) != nil {
                throw PyError.valueError("\(try repr(.str(key))) in __slots__ conflicts with class variable")
            }
        }
    }
}

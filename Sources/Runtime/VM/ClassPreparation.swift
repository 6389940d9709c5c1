/// The steps of `__build_class__` before the class body runs, as CPython's
/// `builtin___build_class__`: `__mro_entries__` on non-class bases,
/// the most derived metaclass, and the namespace from `__prepare__`.
extension Interpreter {
    /// Replaces each base that is not a class but has `__mro_entries__`
    /// with the classes it returns (PEP 560).
    func resolveMroEntries(_ bases: [Value]) throws -> [Value] {
        guard bases.contains(where: { !($0.object is PyType) }) else { return bases }
        let original = Value.object(PyTuple(bases))
        var out: [Value] = []
        for b in bases {
            if b.object is PyType { out.append(b); continue }
            guard let m = try lookupAttribute(b, Names.intern("__mro_entries__")) else { out.append(b); continue }
            let r = try call(m, [original])
            guard case .object(let o) = r, let t = o as? PyTuple, o.type === BuiltinTypes.tuple else {
                throw PyError.typeError("__mro_entries__ must return a tuple")
            }
            out.append(contentsOf: t.items)
        }
        return out
    }

    /// The metaclass: the explicit one or `type`, replaced by the most
    /// derived metaclass of the bases (`metaclass conflict` otherwise).
    /// A non-class `metaclass=` (a function) is used as is.
    func calculateMetaclass(_ explicit: Value?, _ bases: [Value]) throws -> Value {
        var winner: PyType
        if let explicit {
            guard case .object(let o) = explicit, let t = o as? PyType else { return explicit }
            winner = t
        } else {
            winner = bases.first?.type ?? BuiltinTypes.type
        }
        for b in bases {
            let m = b.type
            if winner.isSubtype(of: m) { continue }
            if m.isSubtype(of: winner) { winner = m; continue }
            throw PyError.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                    + "subclass of the metaclasses of all its bases")
        }
        return .object(winner)
    }

    /// The class namespace: `meta.__prepare__(name, bases, **kwds)` when
    /// the metaclass defines it (a dict or dict subclass), else a new dict.
    func prepareNamespace(_ meta: Value, name: String, bases: [Value],
                          keywords: [(name: String, value: Value)]) throws -> PyDict {
        if case .object(let o) = meta, let mt = o as? PyType, mt.isBuiltin { return PyDict() }
        guard let prepare = try lookupAttribute(meta, Names.intern("__prepare__")) else { return PyDict() }
        let r = try call(prepare, Args([.str(name), .object(PyTuple(bases))], keywords: keywords))
        guard case .object(let o) = r, let d = o as? PyDict else {
            let shown = (meta.object as? PyType)?.name ?? "<metaclass>"
            throw PyError.typeError("\(shown).__prepare__() must return a mapping, not \(r.type.name)")
        }
        return d
    }
}

/// `type.__prepare__(name, bases, **kwds)`: a new empty dict.
enum TypePrepare {
    static func install() {
        BuiltinTypes.type.defineClassMethod("__prepare__") { _, _ in .object(PyDict()) }
    }
}

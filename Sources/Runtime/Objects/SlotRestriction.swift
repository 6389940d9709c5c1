/// `__slots__`: instances of a class whose every class up to `object`
/// declares `__slots__` (without `"__dict__"`) may set only the declared
/// names, as in CPython (`AttributeError: 'P' object has no attribute 'z'`),
/// and have no `__dict__`.
///
/// DESIGN: instances keep their storage (a `PyInstance` with an attribute
/// dict); only the names they may store are restricted. So the `__dict__`
/// of a subclass without `__slots__` also shows the slot values (CPython
/// keeps those outside it), slot names are member descriptors only as
/// seen from the class (`P.x`, `P.__dict__`: `ClassDictExtras`), and a
/// class with an exception base is never restricted (CPython's exceptions
/// bring a `__dict__` of their own); subclasses of the other builtins
/// (`class P(tuple): __slots__ = ()`, namedtuples) are.
enum SlotRestriction {
    /// Not computed since the class last changed.
    case unknown
    /// Instances have a `__dict__`.
    case unrestricted
    /// Instances may set only these names.
    case only(Set<String>)
}

extension PyType {
    /// The names instances may set when `__slots__` restricts them, else nil.
    @inline(__always)
    func allowedInstanceAttributes() -> Set<String>? {
        switch slotRestrictionCache {
        case .unrestricted: return nil
        case .only(let names): return names
        case .unknown:
            let names = declaredSlots()
            slotRestrictionCache = names.map { .only($0) } ?? .unrestricted
            return names
        }
    }

    private func declaredSlots() -> Set<String>? {
        guard !isBuiltin else { return nil }
        var names = Set<String>()
        for t in mro {
            if t.isBuiltin {
                // Exceptions bring a `__dict__` of their own; the other
                // builtin bases (tuple, int, list...) do not.
                if t === BuiltinTypes.baseException { return nil }
                continue
            }
            guard let declared = t.dict?.getStr("__slots__") else { return nil }
            // Private slot names are mangled with the declaring class's name, as CPython does.
            if let one = declared.stringValue {
                names.insert(PrivateNames.mangle(one, className: t.name))
            } else if case .object(let o) = declared, let items = (o as? PyTuple)?.items ?? (o as? PyList)?.items {
                for item in items {
                    guard let s = item.stringValue else { return nil }
                    names.insert(PrivateNames.mangle(s, className: t.name))
                }
            } else {
                return nil
            }
        }
        return names.contains("__dict__") ? nil : names
    }
}

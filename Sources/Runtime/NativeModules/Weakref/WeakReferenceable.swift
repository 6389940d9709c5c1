/// Which objects accept weak references, as CPython decides it with
/// `tp_weaklistoffset`: most builtin values (numbers, strings, tuples,
/// lists, dicts, None, bare `object()`, exceptions...) do not; a class
/// statement adds weak-reference support unless every class up to the
/// builtin base declares `__slots__` without `"__weakref__"`, or the base
/// has variable-size instances (`int`, `tuple`, `bytes`: namedtuples and int
/// subclasses never take weak references).
enum WeakReferenceable {
    /// True when `weakref.ref(v)` may be created.
    static func allows(_ v: Value) -> Bool {
        guard case .object = v else { return false }
        return allowsInstances(of: v.type)
    }

    /// True when instances of `t` accept weak references.
    static func allowsInstances(of t: PyType) -> Bool {
        if t.isBuiltin { return !refusingBuiltin(t) }
        if t.mro.contains(where: isVariableSize) { return false }
        for c in t.mro {
            if c.isBuiltin {
                if c === BuiltinTypes.object || refusingBuiltin(c) { continue }
                return true
            }
            guard let declared = c.dict?.getStr("__slots__") else { return true }
            if slotNames(declared).contains("__weakref__") { return true }
        }
        return false
    }

    /// CPython's check when a class declares a `"__weakref__"` slot: the
    /// name once, and only where instances do not have one already.
    static func checkDeclaredSlot(_ slots: Value, bases: [PyType]) throws {
        let names = slotNames(slots)
        let count = names.filter { $0 == "__weakref__" }.count
        guard count > 0 else { return }
        let inherited = bases.contains { b in
            b !== BuiltinTypes.object && (allowsInstances(of: b) || b.mro.contains(where: isVariableSize))
        }
        if count > 1 || inherited {
            throw PyError.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
        }
    }

    private static func isVariableSize(_ t: PyType) -> Bool {
        t.isBuiltin && (t === BuiltinTypes.int || t === BuiltinTypes.tuple || (t.name == "bytes" && t.moduleName == "builtins"))
    }

    /// Builtin types whose own instances take no weak references.
    private static func refusingBuiltin(_ t: PyType) -> Bool {
        if t.isSubtype(of: BuiltinTypes.baseException) { return true }
        for r in [BuiltinTypes.object, BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float, BuiltinTypes.str,
                  BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.noneType,
                  BuiltinTypes.range, BuiltinTypes.slice, BuiltinTypes.property] where t === r {
            return true
        }
        return ["bytes", "bytearray", "complex"].contains(t.name) && t.moduleName == "builtins"
    }

    /// The names a `__slots__` value declares (a string, or a tuple or list of them).
    static func slotNames(_ declared: Value) -> [String] {
        if let one = declared.stringValue { return [one] }
        guard case .object(let o) = declared, let items = (o as? PyTuple)?.items ?? (o as? PyList)?.items else { return [] }
        return items.compactMap { $0.stringValue }
    }
}

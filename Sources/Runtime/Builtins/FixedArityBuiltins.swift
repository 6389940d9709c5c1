/// The builtins called most often from loops, given fixed-arity entries
/// (`FixedArityEntries`): `len`, `isinstance`, `list.append`/`pop`,
/// `dict.get`/`setdefault`, `str.join`. Each entry runs the same code as
/// the general function for the plain case and answers nil for anything
/// else, so errors and unusual receivers keep one implementation.
enum FixedArityBuiltins {
    /// Entries of builtin functions, by name.
    static let functions: [String: FixedArityEntries] = [
        "len": FixedArityEntries(one: { vm, x in .int(try vm.length(x)) }),
        "isinstance": FixedArityEntries(two: { vm, x, types in .bool(try vm.isInstance(x, types)) }),
    ]

    /// Attaches the entries of builtin types' methods (after the methods
    /// are installed).
    static func installMethods() {
        attach(BuiltinTypes.list, "append", FixedArityEntries(two: { vm, receiver, item in
            guard let l = list(receiver) else { return nil }
            try ListMethods.append(vm, l, item)
            return Value.none
        }))
        attach(BuiltinTypes.list, "pop", FixedArityEntries(one: { _, receiver in
            guard let l = list(receiver), !l.items.isEmpty else { return nil }
            return l.items.removeLast()
        }))
        attach(BuiltinTypes.dict, "get", FixedArityEntries(
            two: { vm, receiver, key in
                guard let d = dict(receiver) else { return nil }
                return try d.get(key, vm) ?? Value.none
            },
            three: { vm, receiver, key, fallback in
                guard let d = dict(receiver) else { return nil }
                return try d.get(key, vm) ?? fallback
            }))
        attach(BuiltinTypes.dict, "setdefault", FixedArityEntries(
            two: { vm, receiver, key in
                guard let d = dict(receiver) else { return nil }
                return try DictMethods.setDefault(vm, d, key, Value.none)
            },
            three: { vm, receiver, key, fallback in
                guard let d = dict(receiver) else { return nil }
                return try DictMethods.setDefault(vm, d, key, fallback)
            }))
        attach(BuiltinTypes.str, "join", FixedArityEntries(two: { vm, receiver, parts in
            guard let separator = receiver.asStr else { return nil }
            return try StrTypeMethods.join(vm, separator, parts)
        }))
    }

    private static func attach(_ type: PyType, _ name: String, _ entries: FixedArityEntries) {
        guard case .object(let o)? = type.lookup(name), let f = o as? PyBuiltinFunction else {
            preconditionFailure("fixed-arity entries for \(type.name).\(name), which is not a builtin method")
        }
        f.fixedArity = entries
    }

    private static func list(_ v: Value) -> PyList? {
        if case .object(let o) = v { return o as? PyList }
        return nil
    }

    private static func dict(_ v: Value) -> PyDict? {
        if case .object(let o) = v { return o as? PyDict }
        return nil
    }
}

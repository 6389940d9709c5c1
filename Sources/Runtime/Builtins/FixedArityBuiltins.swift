/// The builtins called most often from loops, given fixed-arity entries
/// (`FixedArityEntries`): `len`, `isinstance`, `list.append`/`pop`,
/// `dict.get`/`setdefault`, `str.join`, `str.startswith`/`endswith` with
/// one str, and the case methods of ASCII strings. Each entry runs the same code as
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
        // One str prefix or suffix: a match of its UTF-8 bytes is a match of
        // its code points (both are valid UTF-8, so the match starts and
        // ends on code point boundaries). Tuples and ranges: the general path.
        attach(BuiltinTypes.str, "startswith", FixedArityEntries(two: { _, receiver, prefix in
            guard let s = receiver.asStr, let p = prefix.asStr else { return nil }
            return .bool(s.value.utf8.starts(with: p.value.utf8))
        }))
        attach(BuiltinTypes.str, "endswith", FixedArityEntries(two: { _, receiver, suffix in
            guard let s = receiver.asStr, let p = suffix.asStr else { return nil }
            return .bool(s.value.utf8.reversed().starts(with: p.value.utf8.reversed()))
        }))
        for name in ["upper", "lower", "casefold", "swapcase", "capitalize", "title"] {
            guard let ascii = ASCIICase(name) else { continue }
            attach(BuiltinTypes.str, name, FixedArityEntries(one: { _, receiver in
                guard let s = receiver.asStr, let mapped = ascii.apply(s.value) else { return nil }
                return .str(mapped)
            }))
        }
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

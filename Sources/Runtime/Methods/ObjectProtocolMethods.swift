/// Dunder methods of builtin types that Python code calls explicitly:
/// `dict.__repr__(self)` in a dict subclass's `__repr__` (defaultdict),
/// `__iter__`, `__reversed__` and `__hash__ = None`, which `collections.abc`
/// inspects to classify builtin types as `Reversible` / not `Hashable`.
enum ObjectProtocolMethods {
    static func install() {
        let reprTypes = [BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.str, BuiltinTypes.list,
                         BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set, BuiltinTypes.frozenset,
                         PyBytes.type, PyByteArray.type, PyComplex.type]
        for type in reprTypes {
            let typeName = type.name
            type.defineMethod("__repr__") { vm, a in
                try a.check("\(typeName).__repr__", min: 1, max: 1, skipSelf: 1)
                // The builtin storage's repr, never a subclass override.
                if case .object(let o) = a[0] { return .str(try vm.builtinRepr(o)) }
                return .str(try vm.repr(a[0]))
            }
        }
        // `str.__str__(s)`: the exact string (a subclass's `__str__` calling
        // it must not get the repr that `object.__str__` gives).
        BuiltinTypes.str.defineMethod("__str__") { vm, a in
            try a.check("str.__str__", min: 1, max: 1, skipSelf: 1)
            guard let s = a[0].asStr else {
                throw PyError.typeError("descriptor '__str__' requires a 'str' object but received a '\(a[0].type.cTypeName)'")
            }
            return s.type.isBuiltin ? a[0] : .str(s.value)
        }
        // CPython's `__hash__ = None` for the mutable containers and the
        // set-like views (dict_values stays hashable).
        for type in [BuiltinTypes.list, BuiltinTypes.dict, BuiltinTypes.set, BuiltinTypes.dictKeys,
                     BuiltinTypes.dictItems] {
            type.setAttribute("__hash__", .none)
        }
        let iterTypes = [BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.str, BuiltinTypes.dict, BuiltinTypes.set,
                         BuiltinTypes.frozenset, BuiltinTypes.dictKeys, BuiltinTypes.dictValues, BuiltinTypes.dictItems,
                         BuiltinTypes.range, PyBytes.type, PyByteArray.type, PyMemoryView.type]
        for type in iterTypes {
            type.defineMethod("__iter__") { vm, a in
                try a.check("__iter__", min: 1, max: 1, skipSelf: 1)
                return try storageIterator(vm, a[0])
            }
        }
        for type in [BuiltinTypes.list, BuiltinTypes.dict, BuiltinTypes.dictKeys, BuiltinTypes.dictValues,
                     BuiltinTypes.dictItems] {
            type.defineMethod("__reversed__") { vm, a in
                try a.check("__reversed__", min: 1, max: 1, skipSelf: 1)
                return try LazyIterators.reversed(vm, Args([a[0]]))
            }
        }
    }

    /// An iterator over the builtin storage of `v`, ignoring any subclass
    /// `__iter__` (what `list.__iter__(self)` means in a subclass).
    static func storageIterator(_ vm: Interpreter, _ v: Value) throws -> Value {
        guard case .object(let o) = v else { throw PyError.typeError("'\(v.type.cTypeName)' object is not iterable") }
        switch o {
        case let l as PyList: return .object(PyListIterator(l))
        case let t as PyTuple: return .object(PyArrayIterator(t.items, type: BuiltinTypes.tupleIterator))
        case let s as PyStr:
            // A non-ASCII string is iterated over its code-point array,
            // charged to the memory limit before it is built.
            if !s.isASCII { _ = try s.scalars(charging: vm) }
            return .object(PyStrIterator(s))
        case let d as PyDict: return .object(PyDictIterator(d, .keys))
        case let s as PySet: return .object(PySetIterator(s))
        case let view as PyDictView: return .object(PyDictIterator(view.target, view.kind))
        case let r as PyRange: return .object(r.makeIterator())
        case let b as PyBytes: return try b.makeIterator(vm)
        case let b as PyByteArray: return try b.makeIterator(vm)
        case let m as PyMemoryView: return try m.makeIterator(vm)
        default: throw PyError.typeError("'\(o.type.cTypeName)' object is not iterable")
        }
    }
}

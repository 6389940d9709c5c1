/// The special methods of `collections.deque` as callable attributes
/// (`d.__len__()`, `super().__getitem__(i)` in a subclass, `deque.__eq__`).
/// The operators themselves reach the storage through the protocols of
/// `DequeProtocols.swift`; these wrappers apply the same storage operations,
/// so an override in a subclass never recurses into itself.
enum DequeDunders {
    static func install(on t: PyType) {
        wrapper(t, "__len__", 0) { _, d, _ in .int(d.count) }
        wrapper(t, "__getitem__", 1) { vm, d, a in d[try d.position(vm, a[1])] }
        wrapper(t, "__setitem__", 2) { vm, d, a in
            d[try d.position(vm, a[1])] = a[2]
            return .none
        }
        wrapper(t, "__delitem__", 1) { vm, d, a in
            d.delete(at: try d.position(vm, a[1]))
            return .none
        }
        wrapper(t, "__contains__", 1) { vm, d, a in .bool(try d.containsValue(vm, a[1])) }
        wrapper(t, "__iter__", 0) { vm, d, _ in try d.makeIterator(vm) }
        wrapper(t, "__repr__", 0) { vm, d, _ in .str(try d.reprText(vm)) }
        wrapper(t, "__add__", 1) { vm, d, a in try d.concat(vm, a[1]) }
        wrapper(t, "__iadd__", 1) { vm, d, a in
            try d.extend(vm, a[1], left: false)
            return a[0]
        }
        for name in ["__mul__", "__rmul__"] {
            wrapper(t, name, 1) { vm, d, a in
                guard let n = try DequeModule.repeatCount(vm, a[1]) else { return .object(BuiltinTypes.notImplemented) }
                let result = try d.copy(vm)
                if case .object(let o) = result, let r = o as? PyDeque { try r.repeatInPlace(vm, n) }
                return result
            }
        }
        wrapper(t, "__imul__", 1) { vm, d, a in
            guard let n = try DequeModule.repeatCount(vm, a[1]) else { return .object(BuiltinTypes.notImplemented) }
            try d.repeatInPlace(vm, n)
            return a[0]
        }
        for (name, op) in [("__eq__", CompareOp.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le),
                           ("__gt__", .gt), ("__ge__", .ge)] {
            wrapper(t, name, 1) { vm, d, a in
                try d.compare(vm, op, a[1]) ?? .object(BuiltinTypes.notImplemented)
            }
        }
        t.defineMethod("__reversed__") { vm, a in
            try a.check("deque.__reversed__", min: 1, max: 1, skipSelf: 1)
            return try DequeModule.receiver(a, "__reversed__").makeReversedIterator(vm)
        }
        t.defineClassMethod("__class_getitem__") { vm, a in
            try a.check("deque.__class_getitem__", min: 2, max: 2, skipSelf: 1)
            // collections.deque[int]: a types.GenericAlias, as for list[int].
            let types = try vm.importModule("_generic_alias")
            guard let alias = types.namespace.getStr("GenericAlias") else { return a[0] }
            return try vm.call(alias, [a[0], a[1]])
        }
    }

    /// A slot wrapper taking `arity` arguments after self, with CPython's
    /// wording (`expected 1 argument, got 2`).
    private static func wrapper(_ t: PyType, _ name: String, _ arity: Int,
                                _ body: @escaping (Interpreter, PyDeque, Args) throws -> Value) {
        t.defineMethod(name) { vm, a in
            if !a.keywords.isEmpty { throw PyError.typeError("wrapper \(name)() takes no keyword arguments") }
            guard let first = a.positional.first else {
                throw PyError.typeError("descriptor '\(name)' of 'collections.deque' object needs an argument")
            }
            guard case .object(let o) = first, let d = o as? PyDeque else {
                throw PyError.typeError("descriptor '\(name)' requires a 'collections.deque' object but received a '\(DequeModule.typeName(first.type))'")
            }
            if a.count - 1 != arity {
                throw PyError.typeError("expected \(arity) argument\(arity == 1 ? "" : "s"), got \(a.count - 1)")
            }
            return try body(vm, d, a)
        }
    }
}

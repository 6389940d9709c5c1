/// Methods of `set` and `frozenset`. Results of the non-mutating
/// operations have the receiver's base type (`frozenset.union` gives a
/// frozenset), and the methods accept any iterables, unlike the operators.
enum SetMethods {
    static func install() {
        for type in [BuiltinTypes.set, BuiltinTypes.frozenset] {
            installQueries(type)
        }
        installMutators(BuiltinTypes.set)
    }

    private static func installQueries(_ type: PyType) {
        let typeName = type.name
        type.defineMethod("copy") { vm, a in
            try a.check("\(typeName).copy", min: 1, max: 1, skipSelf: 1)
            let s = try receiver(a, "copy", typeName)
            return .object(try copy(vm, s))
        }
        type.defineMethod("union") { vm, a in
            let result = try copy(vm, try receiver(a, "union", typeName))
            for other in a.positional.dropFirst() { try vm.setUpdate(result, other) }
            return .object(result)
        }
        type.defineMethod("intersection") { vm, a in
            let s = try receiver(a, "intersection", typeName)
            var current = try copy(vm, s)
            for other in a.positional.dropFirst() {
                let next = PySet(frozen: s.frozen)
                let probe = try asSet(vm, other)
                for e in current.elements where try probe.contains(e, vm) { try next.add(e, vm) }
                current = next
            }
            return .object(current)
        }
        type.defineMethod("difference") { vm, a in
            let s = try receiver(a, "difference", typeName)
            let result = try copy(vm, s)
            for other in a.positional.dropFirst() {
                try vm.forEach(other) { _ = try result.remove($0, vm) }
            }
            return .object(result)
        }
        type.defineMethod("symmetric_difference") { vm, a in
            try a.check("symmetric_difference", min: 2, max: 2, skipSelf: 1)
            let s = try receiver(a, "symmetric_difference", typeName)
            // CPython builds the result from `other`, then folds self in,
            // which fixes the table order the result prints in.
            let result = PySet(frozen: s.frozen)
            try vm.setUpdate(result, a[1])
            try symmetricUpdate(vm, result, .object(s))
            return .object(result)
        }
        type.defineMethod("issubset") { vm, a in
            try a.check("issubset", min: 2, max: 2, skipSelf: 1)
            let s = try receiver(a, "issubset", typeName)
            let other = try asSet(vm, a[1])
            if s.count > other.count { return .false }
            for e in s.elements where !(try other.contains(e, vm)) { return .false }
            return .true
        }
        type.defineMethod("issuperset") { vm, a in
            try a.check("issuperset", min: 2, max: 2, skipSelf: 1)
            let s = try receiver(a, "issuperset", typeName)
            let it = try vm.iterator(a[1])
            while let e = try vm.next(it) {
                if !(try s.contains(e, vm)) { return .false }
            }
            return .true
        }
        type.defineMethod("isdisjoint") { vm, a in
            try a.check("isdisjoint", min: 2, max: 2, skipSelf: 1)
            let s = try receiver(a, "isdisjoint", typeName)
            let it = try vm.iterator(a[1])
            while let e = try vm.next(it) {
                if try s.contains(e, vm) { return .false }
            }
            return .true
        }
    }

    private static func installMutators(_ type: PyType) {
        type.defineMethod("add") { vm, a in
            try a.check("set.add", min: 2, max: 2, skipSelf: 1)
            try receiver(a, "add", "set").add(a[1], vm)
            return .none
        }
        type.defineMethod("discard") { vm, a in
            try a.check("set.discard", min: 2, max: 2, skipSelf: 1)
            _ = try receiver(a, "discard", "set").remove(a[1], vm)
            return .none
        }
        type.defineMethod("remove") { vm, a in
            try a.check("set.remove", min: 2, max: 2, skipSelf: 1)
            if !(try receiver(a, "remove", "set").remove(a[1], vm)) { throw PyError.keyError(a[1]) }
            return .none
        }
        type.defineMethod("pop") { _, a in
            try a.check("set.pop", min: 1, max: 1, skipSelf: 1)
            guard let v = try receiver(a, "pop", "set").popFirst() else {
                throw PyError.keyError(.str("pop from an empty set"))
            }
            return v
        }
        type.defineMethod("clear") { _, a in
            try a.check("set.clear", min: 1, max: 1, skipSelf: 1)
            try receiver(a, "clear", "set").removeAll()
            return .none
        }
        type.defineMethod("update") { vm, a in
            let s = try receiver(a, "update", "set")
            for other in a.positional.dropFirst() { try vm.setUpdate(s, other) }
            return .none
        }
        type.defineMethod("intersection_update") { vm, a in
            let s = try receiver(a, "intersection_update", "set")
            for other in a.positional.dropFirst() {
                let probe = try asSet(vm, other)
                let keep = try s.elements.filter { try probe.contains($0, vm) }
                s.removeAll()
                for e in keep { try s.add(e, vm) }
            }
            return .none
        }
        type.defineMethod("difference_update") { vm, a in
            let s = try receiver(a, "difference_update", "set")
            for other in a.positional.dropFirst() {
                try vm.forEach(other) { _ = try s.remove($0, vm) }
            }
            return .none
        }
        type.defineMethod("symmetric_difference_update") { vm, a in
            try a.check("symmetric_difference_update", min: 2, max: 2, skipSelf: 1)
            try symmetricUpdate(vm, try receiver(a, "symmetric_difference_update", "set"), a[1])
            return .none
        }
    }

    /// `self` of a set method, or CPython's descriptor TypeError.
    static func receiver(_ a: Args, _ method: String, _ typeName: String) throws -> PySet {
        if let first = a.positional.first, case .object(let o) = first, let s = o as? PySet { return s }
        let shown = a.positional.first?.type.name ?? "nothing"
        throw PyError.typeError(
            "descriptor '\(method)' for '\(typeName)' objects doesn't apply to a '\(shown)' object")
    }

    /// A fresh set of the receiver's base kind with its elements.
    static func copy(_ vm: Interpreter, _ s: PySet) throws -> PySet {
        let result = PySet(frozen: s.frozen)
        result.reserveForMerge(s.count)
        for e in s.elements { try result.add(e, vm) }
        return result
    }

    /// `other` as a set (itself when it already is one).
    static func asSet(_ vm: Interpreter, _ other: Value) throws -> PySet {
        if case .object(let o) = other, let s = o as? PySet { return s }
        let s = PySet()
        try vm.setUpdate(s, other)
        return s
    }

    static func symmetricUpdate(_ vm: Interpreter, _ s: PySet, _ other: Value) throws {
        let incoming = try asSet(vm, other)
        for e in incoming.elements {
            if try s.contains(e, vm) { _ = try s.remove(e, vm) } else { try s.add(e, vm) }
        }
    }
}

/// Methods of `dict` (CPython 3.11 semantics and messages).
enum DictMethods {
    static func install() {
        let dict = BuiltinTypes.dict
        dict.defineMethod("get") { vm, a in
            try a.check("get", min: 2, max: 3, skipSelf: 1)
            return try receiver(a, "get").get(a[1], vm) ?? a.optional(2) ?? .none
        }
        dict.defineMethod("setdefault") { vm, a in
            try a.check("setdefault", min: 2, max: 3, skipSelf: 1)
            return try setDefault(vm, try receiver(a, "setdefault"), a[1], a.optional(2) ?? .none)
        }
        dict.defineMethod("pop") { vm, a in
            try a.check("pop", min: 2, max: 3, skipSelf: 1)
            let d = try receiver(a, "pop")
            if let v = try d.remove(a[1], vm) { return v }
            if let fallback = a.optional(2) { return fallback }
            throw PyError.keyError(a[1])
        }
        dict.defineMethod("popitem") { _, a in
            try a.check("dict.popitem", min: 1, max: 1, skipSelf: 1)
            guard let (k, v) = try receiver(a, "popitem").popLast() else {
                throw PyError.keyError(.str("popitem(): dictionary is empty"))
            }
            return .object(PyTuple([k, v]))
        }
        dict.defineMethod("update") { vm, a in
            if a.count > 2 { throw PyError.typeError("update expected at most 1 argument, got \(a.count - 1)") }
            let d = try receiver(a, "update")
            if a.count == 2 { try vm.dictUpdate(d, a[1]) }
            for (k, v) in a.keywords { try d.set(.str(k), v, vm) }
            return .none
        }
        dict.defineMethod("copy") { _, a in
            try a.check("dict.copy", min: 1, max: 1, skipSelf: 1)
            return .object(try receiver(a, "copy").copy())
        }
        dict.defineMethod("clear") { _, a in
            try a.check("dict.clear", min: 1, max: 1, skipSelf: 1)
            try receiver(a, "clear").removeAll()
            return .none
        }
        dict.defineClassMethod("fromkeys") { vm, a in
            try a.check("fromkeys", min: 2, max: 3, skipSelf: 1)
            let value = a.optional(2) ?? .none
            let made = try vm.call(a[0], [])
            if case .object(let o) = made, let d = o as? PyDict, o.type.isBuiltin {
                try vm.forEach(a[1]) { try d.set($0, value, vm) }
            } else {
                try vm.forEach(a[1]) { try vm.setItem(made, $0, value) }
            }
            return made
        }
    }

    /// `d.setdefault(key, fallback)`: the value at `key`, or `fallback`
    /// stored there and returned.
    static func setDefault(_ vm: Interpreter, _ d: PyDict, _ key: Value, _ fallback: Value) throws -> Value {
        if let v = try d.get(key, vm) { return v }
        try d.set(key, fallback, vm)
        return fallback
    }

    /// `self` of a dict method, or CPython's descriptor TypeError.
    static func receiver(_ a: Args, _ method: String) throws -> PyDict {
        if let first = a.positional.first, case .object(let o) = first, let d = o as? PyDict { return d }
        let shown = a.positional.first?.type.name ?? "nothing"
        throw PyError.typeError("descriptor '\(method)' for 'dict' objects doesn't apply to a '\(shown)' object")
    }
}

/// `dict_keys`/`dict_values`/`dict_items` take part in `len`, `in` and
/// truthiness, and print like CPython (`dict_keys(['a'])`).
extension PyDictView: NativeContainer, CustomPyRepr {
    public func nativeLength(_ vm: Interpreter) throws -> Int { target.count }

    public func nativeContains(_ vm: Interpreter, _ item: Value) throws -> Bool? {
        switch kind {
        case .keys:
            return try target.get(item, vm) != nil
        case .items:
            guard case .object(let o) = item, let pair = o as? PyTuple, pair.items.count == 2 else { return false }
            guard let v = try target.get(pair.items[0], vm) else { return false }
            return try vm.equals(v, pair.items[1])
        case .values:
            return nil
        }
    }

    public func pyRepr(_ vm: Interpreter) throws -> String {
        let name: String
        let shown: [Value]
        switch kind {
        case .keys: name = "dict_keys"; shown = target.keys
        case .values: name = "dict_values"; shown = target.values
        case .items: name = "dict_items"; shown = target.items.map { .object(PyTuple([$0.0, $0.1])) }
        }
        return "\(name)(\(try vm.repr(.object(PyList(shown)))))"
    }
}

extension Interpreter {
    /// Sequence check of `match` (list, tuple, range and their subclasses, not str/dict).
    func isSequenceForMatch(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case is PyList, is PyTuple, is PyRange: return true
        case is PyStr, is PyDict: return false
        default:
            return o.type.mro.contains { $0.name == "Sequence" && !$0.isBuiltin }
                || o.type.mro.contains { $0.name == "deque" }
        }
    }

    /// Mapping check of `match` (dict and its subclasses, Mapping ABC subclasses).
    func isMappingForMatch(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PyDict { return true }
        return o.type.mro.contains { ($0.name == "Mapping" || $0.name == "MutableMapping") && !$0.isBuiltin }
    }

    /// `MATCH_KEYS`: tuple of values for `keys`, or None if any is missing.
    func matchKeys(_ subject: Value, _ keys: Value) throws -> Value {
        let ks = try toArray(keys)
        var out: [Value] = []
        for k in ks {
            if case .object(let o) = subject, let d = o as? PyDict, d.type.isBuiltin {
                guard let v = try d.get(k, self) else { return .none }
                out.append(v)
            } else {
                do { out.append(try getItem(subject, k)) } catch let e as PyError
                    where e.exception.type.isSubtype(of: BuiltinTypes.keyError) { return .none }
            }
        }
        return .object(PyTuple(out))
    }

    /// `**rest` of a mapping pattern.
    func copyDictWithoutKeys(_ subject: Value, _ keys: Value) throws -> Value {
        let d = PyDict()
        try dictUpdate(d, subject)
        for k in try toArray(keys) { try d.remove(k, self) }
        return .object(d)
    }

    /// `MATCH_CLASS`: tuple of positional then keyword attributes, or None.
    func matchClass(_ subject: Value, _ cls: Value, count: Int, kwNames: Value) throws -> Value {
        guard case .object(let co) = cls, let t = co as? PyType else {
            throw PyError.typeError("called match pattern must be a class")
        }
        if !(try isInstance(subject, cls)) { return .none }
        var out: [Value] = []
        if count > 0 {
            let selfMatching: Set<String> = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list",
                                             "set", "str", "tuple"]
            if t.isBuiltin && selfMatching.contains(t.name) {
                if count > 1 { throw PyError.typeError("\(t.name)() accepts 1 positional sub-pattern (\(count) given)") }
                out.append(subject)
            } else {
                let ma = try lookupAttribute(cls, Names.matchArgs)
                let names = try ma.map { try toArray($0) } ?? []
                if ma != nil, case .object(let mo) = ma!, !(mo is PyTuple) {
                    throw PyError.typeError("\(t.name).__match_args__ must be a tuple (got \(ma!.type.name))")
                }
                if count > names.count {
                    throw PyError.typeError("\(t.name)() accepts \(names.count) positional sub-pattern\(names.count == 1 ? "" : "s") (\(count) given)")
                }
                for n in names.prefix(count) {
                    guard let s = n.asStr else { throw PyError.typeError("__match_args__ elements must be strings") }
                    guard let v = try lookupAttribute(subject, s) else { return .none }
                    out.append(v)
                }
            }
        }
        for n in try toArray(kwNames) {
            guard let s = n.asStr else { continue }
            guard let v = try lookupAttribute(subject, s) else { return .none }
            out.append(v)
        }
        return .object(PyTuple(out))
    }
}

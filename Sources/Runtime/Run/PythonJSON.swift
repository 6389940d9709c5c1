/// Converts the Python values the asyncio package hands to `_interleave`
/// (dicts, lists, strings, numbers) into JSON. Anything else is written as
/// its `repr`, so a trace field can never fail to serialise.
enum PythonJSON {
    /// Nesting bound: trace payloads are shallow; deeper data is cut to a repr.
    static let maxDepth = 16

    static func convert(_ value: Value, _ vm: Interpreter, depth: Int = 0) -> JSONValue {
        switch value {
        case .none: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .double(d)
        case .object(let o):
            if let s = o as? PyStr { return .string(s.value) }
            if depth < maxDepth {
                if let l = o as? PyList { return .array(l.items.map { convert($0, vm, depth: depth + 1) }) }
                if let t = o as? PyTuple { return .array(t.items.map { convert($0, vm, depth: depth + 1) }) }
                if let d = o as? PyDict {
                    return .object(d.items.map { key, item in
                        (key.stringValue ?? ((try? vm.str(key)) ?? "?"), convert(item, vm, depth: depth + 1))
                    })
                }
            }
            return .string((try? vm.repr(value)) ?? "<\(o.type.qualname)>")
        }
    }
}

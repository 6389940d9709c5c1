/// Short, readable, bounded reprs of values for the state trace, computed
/// in Swift without running any Python code: a `__repr__` the program
/// defines could print, suspend or loop, and recording must never change
/// what the program does.
///
/// Numbers, strings, `None` and booleans look as in Python; lists, tuples,
/// dicts, sets and deques show their first elements (nested two deep);
/// asyncio objects and instances of the program's classes are shown by
/// their stable name (`Queue#1`) and handed to `referenced` so the recorder
/// can describe them in the trace's `objects`.
struct ValueRepr {
    /// Longest repr, in characters; longer ones end in `…`.
    static let maxLength = 80
    /// Elements shown of a container before `...`.
    static let maxElements = 8
    /// Container nesting shown before `[...]`.
    static let maxDepth = 2

    let namer: ObjectNamer
    /// Called with each tracked object a repr mentions, and its name.
    var referenced: (PyObject, String) -> Void = { _, _ in }

    /// The repr of `value`, at most ``maxLength`` characters.
    func repr(_ value: Value) -> String {
        var out = ""
        write(value, depth: 0, into: &out)
        return Self.clip(out)
    }

    /// `text` cut to ``maxLength`` characters with a trailing `…`.
    static func clip(_ text: String) -> String {
        guard text.count > maxLength else { return text }
        return String(text.prefix(maxLength - 1)) + "…"
    }

    // The early stops count UTF-8 bytes (O(1); `String.count` walks the
    // whole string): non-ASCII text is cut a little sooner than `clip` would.
    private func write(_ value: Value, depth: Int, into out: inout String) {
        if out.utf8.count > Self.maxLength { return }
        switch value {
        case .none: out += "None"
        case .bool(let b): out += b ? "True" : "False"
        case .int(let i): out += String(i)
        case .float(let d): out += FloatRepr.repr(d)
        case .object(let o): write(object: o, depth: depth, into: &out)
        }
    }

    private func write(object o: PyObject, depth: Int, into out: inout String) {
        switch o {
        case let s as PyStr:
            let text = s.value
            out += StringRepr.repr(text.count > Self.maxLength ? String(text.prefix(Self.maxLength)) : text)
        case let b as PyBigInt:
            out += Self.clip(b.value.description)
        case let list as PyList:
            sequence(list.items, open: "[", close: "]", depth: depth, into: &out)
        case let tuple as PyTuple:
            sequence(tuple.items, open: "(", close: tuple.items.count == 1 ? ",)" : ")", depth: depth, into: &out)
        case let set as PySet:
            let elements = set.elements
            if elements.isEmpty { out += set.frozen ? "frozenset()" : "set()"; return }
            sequence(elements, open: set.frozen ? "frozenset({" : "{", close: set.frozen ? "})" : "}",
                     depth: depth, into: &out)
        case let deque as PyDeque:
            sequence(Array(deque.elements.prefix(Self.maxElements + 1)), open: "deque([", close: "])",
                     depth: depth, into: &out)
        case let dict as PyDict:
            dictionary(dict, depth: depth, into: &out)
        case let task as PyTask:
            out += "<Task \(task.nameText)>"
        case let exception as PyException:
            let message = exception.args.first.map { repr($0) } ?? ""
            out += "\(exception.type.name)(\(message))"
        case let gen as PyGenerator:
            let noun = gen.kind == .coroutine ? "coroutine" : (gen.kind == .asyncGenerator ? "async_generator" : "generator")
            out += "<\(noun) \(gen.qualname)>"
        case let f as PyFunction:
            out += "<function \(f.qualname)>"
        case let f as PyBuiltinFunction:
            out += "<built-in function \(f.name)>"
        case is PyBoundMethod:
            out += "<bound method>"
        case let m as PyModule:
            out += "<module \(m.name)>"
        case let t as PyType:
            out += "<class '\(t.qualname)'>"
        case let bytes as PyBytes:
            out += Self.clip((try? PyBytes.repr(Array(bytes.bytes.prefix(Self.maxLength)))) ?? "b''")
        default:
            if let kind = AsyncioObjectState.kind(of: o) ?? Self.userClassName(o) {
                let name = namer.name(of: o, typeName: kind)
                referenced(o, name)
                out += name
            } else {
                out += "<\(o.type.name)>"
            }
        }
    }

    /// The class name of an instance of a class the program (or a library
    /// in Python) defined, which gets a stable name and a field list.
    private static func userClassName(_ o: PyObject) -> String? {
        guard o is PyInstance || o is PyFuture, !o.type.isBuiltin else { return nil }
        return o is PyFuture ? "Future" : o.type.name
    }

    private func sequence(_ items: [Value], open: String, close: String, depth: Int, into out: inout String) {
        if depth >= Self.maxDepth && !items.isEmpty { out += open + "..." + close; return }
        out += open
        for (i, item) in items.enumerated() {
            if i > 0 { out += ", " }
            if i >= Self.maxElements || out.utf8.count > Self.maxLength { out += "..."; break }
            write(item, depth: depth + 1, into: &out)
        }
        out += close
    }

    private func dictionary(_ dict: PyDict, depth: Int, into out: inout String) {
        if dict.count == 0 { out += "{}"; return }
        if depth >= Self.maxDepth { out += "{...}"; return }
        out += "{"
        var shown = 0
        var i = 0
        // Raw positions: deleted slots are skipped; bounded so a dict
        // emptied of a million keys costs no more than a few thousand probes.
        while shown < dict.count && i < 4096 {
            defer { i += 1 }
            guard let entry = dict.entry(at: i) else { continue }
            if shown > 0 { out += ", " }
            if shown >= Self.maxElements || out.utf8.count > Self.maxLength { out += "..."; break }
            write(entry.key, depth: depth + 1, into: &out)
            out += ": "
            write(entry.value, depth: depth + 1, into: &out)
            shown += 1
        }
        out += "}"
    }
}

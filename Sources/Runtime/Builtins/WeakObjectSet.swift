/// `_interleave.WeakSet()`: a set that does not keep its members alive, for
/// asyncio's registry of live async generators (CPython uses a
/// weakref.WeakSet), so an abandoned generator can die and be finalized.
/// Members are compared by identity and iterate in insertion order.
final class PyWeakObjectSet: PyObject, NativeContainer, NativeIterable {
    private final class Entry {
        weak var object: PyObject?
        init(_ object: PyObject) { self.object = object }
    }

    private var entries: [Entry] = []

    static let type: PyType = {
        let t = PyType(name: "WeakSet", bases: [BuiltinTypes.object], builtin: true, layout: .native,
                       module: "_interleave", namedWithModule: false)
        func weakSet(_ a: Args) throws -> PyWeakObjectSet {
            guard case .object(let o) = a[0], let s = o as? PyWeakObjectSet else {
                throw PyError.typeError("expected a WeakSet")
            }
            return s
        }
        t.defineMethod("add") { _, a in
            try a.check("add", min: 2, max: 2, skipSelf: 1)
            guard case .object(let o) = a[1] else { throw PyError.typeError("cannot create weak reference to '\(a[1].type.cTypeName)' object") }
            let s = try weakSet(a)
            s.compact()
            if !s.entries.contains(where: { $0.object === o }) { s.entries.append(Entry(o)) }
            return .none
        }
        t.defineMethod("discard") { _, a in
            try a.check("discard", min: 2, max: 2, skipSelf: 1)
            let s = try weakSet(a)
            if case .object(let o) = a[1] { s.entries.removeAll { $0.object === o || $0.object == nil } }
            return .none
        }
        t.defineMethod("clear") { _, a in
            try weakSet(a).entries.removeAll()
            return .none
        }
        return t
    }()

    init() { super.init(type: nil) }

    override var exactBuiltinType: PyType { PyWeakObjectSet.type }

    private func compact() { entries.removeAll { $0.object == nil } }

    private var live: [Value] { entries.compactMap { $0.object.map { .object($0) } } }

    func nativeLength(_ vm: Interpreter) throws -> Int { live.count }

    func nativeContains(_ vm: Interpreter, _ item: Value) throws -> Bool? {
        guard case .object(let o) = item else { return false }
        return entries.contains { $0.object === o }
    }

    /// Iterates over a snapshot of the live members.
    func makeIterator(_ vm: Interpreter) throws -> Value {
        .object(PyListIterator(PyList(live)))
    }
}

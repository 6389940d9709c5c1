/// The native `collections.deque`, served as the `_deque` module so that
/// `Lib/collections/__init__.py` (`from _deque import deque`) gets it on the
/// VM, while CPython runs `Lib/_deque.py`, the pure-Python reference.
enum DequeModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("_deque", make)]

    /// `collections.deque`.
    static let dequeType: PyType = {
        let t = PyType(name: "deque", bases: [BuiltinTypes.object], builtin: true, layout: .native,
                       module: "collections")
        t.setAttribute("__doc__", .str("""
            deque([iterable[, maxlen]]) --> deque object

            A list-like sequence optimized for data accesses near its endpoints.
            """))
        t.setAttribute("__hash__", .none)
        t.defineNew { _, cls, _ in .object(PyDeque(type: cls)) }
        t.defineMethod("__init__", initialize)
        t.defineProperty("maxlen", get: { _, a in
            let d = try receiver(a, "maxlen")
            return d.maxlen.map { .int($0) } ?? .none
        })
        DequeMethods.install(on: t)
        DequeDunders.install(on: t)
        return t
    }()

    /// `type(iter(deque()))`.
    static let iteratorType = iteratorType(named: "_deque_iterator")
    /// `type(reversed(deque()))`.
    static let reverseIteratorType = iteratorType(named: "_deque_reverse_iterator")

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_deque")
        m.add("deque", .object(dequeType))
        return m
    }

    /// CPython's `tp_name` of a type in messages (`collections.deque`).
    static func typeName(_ t: PyType) -> String {
        t === dequeType ? "collections.deque" : t.name
    }

    /// The deque `self` of a method call, with CPython's descriptor error.
    @inline(__always)
    static func receiver(_ a: Args, _ method: String) throws -> PyDeque {
        if let first = a.positional.first, case .object(let o) = first, let d = o as? PyDeque { return d }
        guard let first = a.positional.first else {
            throw PyError.typeError("unbound method deque.\(method)() needs an argument")
        }
        throw PyError.typeError(
            "descriptor '\(method)' for 'collections.deque' objects doesn't apply to a '\(typeName(first.type))' object")
    }

    /// `deque.__init__(self, iterable=(), maxlen=None)`: a re-initialised
    /// deque is cleared first.
    static func initialize(_ vm: Interpreter, _ a: Args) throws -> Value {
        for (name, _) in a.keywords where name != "iterable" && name != "maxlen" {
            throw PyError.typeError("'\(name)' is an invalid keyword argument for deque()")
        }
        let d = try receiver(a, "__init__")
        let slots = try a.bind("deque", ["iterable", "maxlen"], required: 0, skipSelf: 1)
        var maxlen: Int?
        if let m = slots[1], !m.isNone {
            if let n = m.intValue {
                maxlen = n
            } else if m.bigIntValue != nil {
                throw PyError.overflow("Python int too large to convert to C ssize_t")
            } else {
                throw PyError.typeError("an integer is required")
            }
            if let n = maxlen, n < 0 { throw PyError.valueError("maxlen must be non-negative") }
        }
        d.maxlen = maxlen
        d.clear()
        if let iterable = slots[0] { try d.extend(vm, iterable, left: false) }
        return .none
    }

    /// The wall-clock limit inside long native loops (`deque(range(10**15),
    /// maxlen=1)` runs no bytecode, so the VM's periodic check never comes).
    /// Only the deadline: step and trace hooks belong to instruction boundaries.
    static func checkWall(_ vm: Interpreter) throws {
        if vm.deadline.passed { throw LimitExceeded(name: "wall", value: Int(vm.limits.wallSeconds * 1000)) }
    }

    /// The repeat count of `d * n`: an index value, nil when the other
    /// operand may answer (`__rmul__`), CPython's TypeError otherwise.
    static func repeatCount(_ vm: Interpreter, _ other: Value) throws -> Int? {
        if let n = other.intValue { return n }
        if other.bigIntValue != nil { throw PyError.overflow("cannot fit 'int' into an index-sized integer") }
        if case .object(let o) = other, !o.type.isBuiltin {
            if o.type.lookupUser(Names.index) != nil {
                guard let n = Int(exactly: try vm.indexValue(other)) else {
                    throw PyError.overflow("cannot fit 'int' into an index-sized integer")
                }
                return n
            }
            if o.type.lookupUser(BinaryOp.reflected[BinaryOp.mul.rawValue]) != nil { return nil }
        }
        throw PyError.typeError("can't multiply sequence by non-int of type '\(typeName(other.type))'")
    }

    private static func iteratorType(named name: String) -> PyType {
        let t = PyType(name: name, bases: [BuiltinTypes.iterator], builtin: true, layout: .native,
                       module: "_collections")
        t.defineMethod("__iter__") { _, a in
            try a.check("__iter__", min: 1, max: 1, skipSelf: 1)
            return a[0]
        }
        t.defineMethod("__next__") { vm, a in
            try a.check("__next__", min: 1, max: 1, skipSelf: 1)
            if let v = try vm.next(a[0]) { return v }
            throw PyError.stopIteration()
        }
        t.defineMethod("__length_hint__") { _, a in
            try a.check("__length_hint__", min: 1, max: 1, skipSelf: 1)
            guard case .object(let o) = a[0], let it = o as? PyDequeIterator else {
                throw PyError.typeError("descriptor '__length_hint__' needs a deque iterator")
            }
            return .int(it.remaining)
        }
        return t
    }
}

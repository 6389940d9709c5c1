/// Reads and writes of a synchronisation primitive's state in its
/// `__dict__` (`_queue`, `_waiters`, `_locked`, ...) that borrow the dict
/// instead of retaining it: no Python code runs inside, so the object
/// (held by the caller) keeps its dict alive throughout. The native
/// primitives do several per wait.
enum InstanceState {
    /// `o.__dict__[name]`, or nil when absent (or `o` has no `__dict__`).
    @inline(__always)
    static func get(_ o: PyObject, _ name: PyStr) -> Value? {
        guard let dict = o.dictRef else { return nil }
        return dict._withUnsafeGuaranteedRef { $0.getStr(name) }
    }

    /// Stores `o.__dict__[name] = value`; false when `o` has no `__dict__`.
    @inline(__always)
    static func set(_ o: PyObject, _ name: PyStr, _ value: Value) -> Bool {
        guard let dict = o.dictRef else { return false }
        dict._withUnsafeGuaranteedRef { $0.setStr(name, value) }
        return true
    }

    /// True when `o`'s class is exactly the builtin type of its storage
    /// class (no subclass), read without retaining the class.
    @inline(__always)
    static func hasExactBuiltinType(_ o: PyObject, _ t: PyType) -> Bool {
        guard let r = o.typeRef else { return true }
        return r.toOpaque() == Unmanaged.passUnretained(t).toOpaque()
    }
}

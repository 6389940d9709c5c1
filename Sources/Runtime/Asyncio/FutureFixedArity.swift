/// Fixed-arity entries (Objects/FixedArityEntries.swift) for the Future
/// and Task methods asyncio programs call most: `done()`, `cancelled()`,
/// `result()`, `cancel()` and `set_result(value)`.
///
/// Each entry answers only for a receiver of the native storage class (a
/// future or a task, or a subclass instance that inherits the method) and
/// does exactly what the general method does once its argument checks have
/// passed; any other receiver takes the general method, which raises
/// CPython's errors. Entries are skipped while the race detector logs
/// (the general methods record their reads), as every fixed-arity entry is.
enum FutureFixedArity {
    static func installFuture(_ t: PyType) {
        attach(t, "done", FixedArityEntries(one: { _, r in future(r).map { .bool($0.isDone) } }))
        attach(t, "cancelled", FixedArityEntries(one: { _, r in future(r).map { .bool($0.state == .cancelled) } }))
        attach(t, "result", FixedArityEntries(one: { vm, r in try future(r).map { try $0.resultValue(vm) } }))
        attach(t, "cancel", FixedArityEntries(one: { vm, r in
            try future(r).map { .bool(try $0.cancel(vm, message: .none)) }
        }))
        attach(t, "set_result", FixedArityEntries(two: { vm, r, value in
            guard let f = future(r) else { return nil }
            try f.setResult(vm, value)
            return Value.none
        }))
    }

    static func installTask(_ t: PyType) {
        attach(t, "cancel", FixedArityEntries(one: { vm, r in
            guard case .object(let o) = r, let task = o as? PyTask else { return nil }
            return .bool(try task.cancel(vm, message: .none))
        }))
    }

    /// The receiver as the native future it is, without a class cast.
    private static func future(_ v: Value) -> PyFuture? {
        guard case .object(let o) = v, o.awaitRole == .future else { return nil }
        return unsafeDowncast(o, to: PyFuture.self)
    }

    private static func attach(_ t: PyType, _ name: String, _ entries: FixedArityEntries) {
        guard case .object(let o)? = t.lookup(name), let f = o as? PyBuiltinFunction else { return }
        f.fixedArity = entries
    }
}

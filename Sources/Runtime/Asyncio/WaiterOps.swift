/// The operations the native synchronisation primitives perform on their
/// waiter futures and waiter lists: direct for the core's futures and
/// plain lists, a Python method call for anything else (a future class that
/// overrides `done`, a list replaced by another sequence), so the outcome
/// is always what Lib/asyncio's Python code would do.
enum WaiterOps {
    /// `v` as a core future whose `method` is the native one.
    @inline(__always)
    static func future(_ v: Value, _ method: FutureHook) -> PyFuture? {
        guard case .object(let o) = v, let f = o as? PyFuture else { return nil }
        return f.overrides(method) ? nil : f
    }

    static func done(_ vm: Interpreter, _ v: Value) throws -> Bool {
        if let f = future(v, .done) { return f.isDone }
        return try vm.isTruthy(vm.callMethod(v, interned: AsyncioNames.doneName))
    }

    static func cancelled(_ vm: Interpreter, _ v: Value) throws -> Bool {
        if let f = future(v, .cancelled) { return f.state == .cancelled }
        return try vm.isTruthy(vm.callMethod(v, interned: AsyncioNames.cancelled))
    }

    static func setResult(_ vm: Interpreter, _ v: Value, _ result: Value) throws {
        if let f = future(v, .setResult) { return try f.setResult(vm, result) }
        _ = try vm.callMethod(v, interned: AsyncioNames.setResult, [result])
    }

    static func cancel(_ vm: Interpreter, _ v: Value) throws {
        if let f = future(v, .cancel) { _ = try f.cancel(vm, message: .none); return }
        _ = try vm.callMethod(v, interned: AsyncioNames.cancelName)
    }

    /// True when a Python class of the future's overrides `__eq__`.
    private static func overridesEq(_ f: PyFuture) -> Bool { f.overrides(.eq) }

    /// A plain list (not a subclass: its methods are the builtin ones).
    @inline(__always)
    static func list(_ v: Value) -> PyList? {
        guard case .object(let o) = v, let l = o as? PyList, InstanceState.hasExactBuiltinType(o, BuiltinTypes.list) else {
            return nil
        }
        return l
    }

    /// `bool(waiters)`.
    static func isEmpty(_ vm: Interpreter, _ waiters: Value) throws -> Bool {
        if let l = list(waiters) { return l.items.isEmpty }
        return try !vm.isTruthy(waiters)
    }

    /// `waiters.append(v)`.
    static func append(_ vm: Interpreter, _ waiters: Value, _ v: Value) throws {
        if let l = list(waiters) { l.items.append(v); return }
        _ = try vm.callMethod(waiters, interned: AsyncioNames.appendName, [v])
    }

    /// `waiters.pop(0)` (the caller checked that it is not empty).
    static func popFirst(_ vm: Interpreter, _ waiters: Value) throws -> Value {
        if let l = list(waiters), !l.items.isEmpty { return l.items.removeFirst() }
        return try vm.callMethod(waiters, interned: AsyncioNames.popName, [.int(0)])
    }

    /// `waiters.remove(v)`, ignoring a ValueError when `silent` (the
    /// `try: ... except ValueError: pass` around it).
    static func remove(_ vm: Interpreter, _ waiters: Value, _ v: Value, silent: Bool) throws {
        if let l = list(waiters), case .object(let target) = v, let future = target as? PyFuture,
           !overridesEq(future) {
            // A future compares by identity: the first identical element.
            if let i = l.items.firstIndex(where: { $0.isIdentical(v) }) {
                l.items.remove(at: i)
                return
            }
            if silent { return }
        }
        do {
            _ = try vm.callMethod(waiters, interned: AsyncioNames.removeName, [v])
        } catch let e as PyError where silent && e.exception.type.isSubtype(of: BuiltinTypes.valueError) {
            return
        }
    }
}

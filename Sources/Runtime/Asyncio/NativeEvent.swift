/// `Event.wait()` of Lib/asyncio/locks.py as a native coroutine:
///
///     if self._value:
///         return True
///     fut = self._get_loop().create_future()
///     fut._blocker = ('event', self)
///     self._waiters.append(fut)
///     try:
///         await fut
///         return True
///     finally:
///         self._waiters.remove(fut)
///
/// and the synchronous `set`/`clear`/`is_set` (`EventState`). The state
/// stays in the instance's `__dict__` (`_value`, `_waiters`).
final class PyEventWait: PyWaiterCoroutine {
    override var cpythonSites: [AsyncioSite] { [.eventWait] }

    private static let pyWaitName = Names.shared("_py_wait")

    init(runtime: AsyncioRuntime, event: PyObject) {
        super.init(runtime: runtime, primitive: event, waitersName: EventState.waitersName, qualname: "Event.wait")
    }

    override func begin(_ vm: Interpreter) throws -> GeneratorStep {
        if try vm.isTruthy(EventState.attr(vm, primitive, EventState.valueName)) { return .returned(.true) }
        guard runtime.plainRunningLoop != nil else {
            return try handOver(vm, to: vm.call(try PrimitiveClass.fallback(primitive.type, Self.pyWaitName),
                                                [.object(primitive)]))
        }
        return try park(vm, blocker: "event")
    }
}

/// Event's state in its `__dict__`, and its synchronous methods.
enum EventState {
    static let valueName = Names.shared("_value")
    static let waitersName = Names.shared("_waiters")

    static func attr(_ vm: Interpreter, _ o: PyObject, _ name: PyStr) throws -> Value {
        if let v = InstanceState.get(o, name) { return v }
        return try vm.getAttribute(.object(o), name)
    }

    static func set(_ vm: Interpreter, _ o: PyObject, _ name: PyStr, _ value: Value) throws {
        if !InstanceState.set(o, name, value) { try vm.setAttribute(.object(o), name, value) }
    }

    /// `event.set()`: sets the flag and completes every pending waiter.
    static func setFlag(_ vm: Interpreter, _ event: PyObject) throws {
        if try vm.isTruthy(attr(vm, event, valueName)) { return }
        try set(vm, event, valueName, .true)
        let waiters = try attr(vm, event, waitersName)
        if let list = WaiterOps.list(waiters) {
            var i = 0
            while i < list.items.count {
                let future = list.items[i]
                if try !WaiterOps.done(vm, future) { try WaiterOps.setResult(vm, future, .true) }
                i += 1
            }
            return
        }
        for future in try vm.toArray(waiters) {
            if try !WaiterOps.done(vm, future) { try WaiterOps.setResult(vm, future, .true) }
        }
    }

    /// `queue._finished.clear()`: native for an Event whose `clear` is
    /// Lib/asyncio's, a method call otherwise (which runs the same
    /// `clear` for an object of another class borrowing it).
    static func clear(_ vm: Interpreter, _ value: Value, _ runtime: AsyncioRuntime) throws {
        if case .object(let o) = value, o.dict != nil, runtime.primitives.eventClearNative?.runsNatively(o.type) ?? false {
            try set(vm, o, valueName, .false)
            return
        }
        _ = try vm.callMethod(value, interned: AsyncioNames.clearName)
    }
}

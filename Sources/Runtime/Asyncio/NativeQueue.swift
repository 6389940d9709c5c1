/// `Queue.get()` and `Queue.put(item)` of Lib/asyncio/queues.py as native
/// coroutines, statement for statement:
///
///     while self.empty():                      # put: while self.full()
///         getter = self._get_loop().create_future()
///         getter._blocker = self._getter_blocker()   # ('queue_put', self)
///         self._getters.append(getter)
///         try:
///             await getter
///         except BaseException:
///             getter.cancel()
///             try: self._getters.remove(getter)
///             except ValueError: pass
///             if not self.empty() and not getter.cancelled():
///                 self._wakeup_next(self._getters)
///             raise
///     return self.get_nowait()                 # put: self.put_nowait(item)
///
/// Only for a Queue whose helpers are Lib/asyncio's own
/// (`AsyncioPrimitives.queueHelpers`); its state stays in the instance's
/// `__dict__` (`_queue`, `_getters`, ...), where the state trace and the
/// Python methods find it. Values of unexpected types go through the
/// generic Python operations.
final class PyQueueCoroutine: PyNativeCoroutine {
    override var cpythonSites: [AsyncioSite] { item == nil ? [.queueGet] : [.queuePut] }

    private let runtime: AsyncioRuntime
    private let queue: PyObject
    /// The item to put; nil for `get`.
    private let item: Value?
    /// The getter or putter future being awaited.
    private var waiter: PyFuture?

    private static let pyGetName = Names.shared("_py_get")
    private static let pyPutName = Names.shared("_py_put")
    private static let queueName = Names.shared("_queue")
    private static let maxsizeName = Names.shared("_maxsize")
    private static let gettersName = Names.shared("_getters")
    private static let puttersName = Names.shared("_putters")
    private static let unfinishedName = Names.shared("_unfinished_tasks")
    private static let finishedName = Names.shared("_finished")

    init(runtime: AsyncioRuntime, queue: PyObject, item: Value?) {
        self.runtime = runtime
        self.queue = queue
        self.item = item
        super.init(qualname: item == nil ? "Queue.get" : "Queue.put")
    }

    deinit {
        if waiter != nil { DeepRelease.release(&waiter, leaving: nil) }
    }

    // MARK: the body

    override func begin(_ vm: Interpreter) throws -> GeneratorStep {
        if runtime.plainRunningLoop == nil {
            // A loop of another kind creates the futures: the Python version.
            let name = item == nil ? Self.pyGetName : Self.pyPutName
            var args: [Value] = [.object(queue)]
            if let item { args.append(item) }
            return try handOver(vm, to: vm.call(try PrimitiveClass.fallback(queue.type, name), args))
        }
        return try run(vm)
    }

    override func resume(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        guard let waiter else { return try run(vm) }
        do {
            if waiter.state == .pending { throw PyError.runtimeError("await wasn't used with future") }
            _ = try waiter.resultValue(vm)
        } catch let error as PyError {
            self.waiter = nil
            try abandon(vm, waiter)
            throw error
        }
        self.waiter = nil
        return try run(vm)
    }

    override func raise(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        if let waiter {
            self.waiter = nil
            try abandon(vm, waiter)
        }
        throw PyError(exception)
    }

    /// The `while` loop and what follows it.
    private func run(_ vm: Interpreter) throws -> GeneratorStep {
        let isGet = item == nil
        while true {
            // A plain deque and an int maxsize: checked and used with no
            // Python code in between, so get_nowait's and put_nowait's own
            // checks cannot fail. `blocked` is what empty() / full() would
            // say, when the fast path knows it.
            var blocked: Bool?
            if let deque = plainDeque() {
                if isGet {
                    if deque.count > 0 {
                        let item = try deque.popLeft()
                        try wakeupNext(vm, Self.puttersName)
                        return .returned(item)
                    }
                    blocked = true
                } else if let item, case .int(let m) = try attr(vm, Self.maxsizeName) {
                    if m <= 0 || deque.count < m {
                        try put(vm, deque, .object(deque), item)
                        return .returned(.none)
                    }
                    blocked = true
                }
            }
            if try !(blocked ?? (isGet ? empty(vm) : full(vm))) { break }
            let loop = try LoopBinding.boundLoop(vm, queue, runtime)
            guard case .object(let o) = loop, let core = o as? PyLoop, core.createsPlainFutures else {
                throw PyError.runtimeError("Queue.\(isGet ? "get" : "put")() needs asyncio's event loop")
            }
            let future = runtime.createFuture(core)
            future.setBlocker(isGet ? "queue_get" : "queue_put", .object(queue))
            try WaiterOps.append(vm, attr(vm, isGet ? Self.gettersName : Self.puttersName), .object(future))
            waiter = future
            future.blocking = true
            return .yielded(.object(future))
        }
        if let item {
            try putNowait(vm, item)
            return .returned(.none)
        }
        return .returned(try getNowait(vm))
    }

    /// The `except BaseException:` clause (the caller re-raises).
    private func abandon(_ vm: Interpreter, _ future: PyFuture) throws {
        let isGet = item == nil
        let waitersName = isGet ? Self.gettersName : Self.puttersName
        try WaiterOps.cancel(vm, .object(future))
        try WaiterOps.remove(vm, attr(vm, waitersName), .object(future), silent: true)
        if try !(isGet ? empty(vm) : full(vm)), try !WaiterOps.cancelled(vm, .object(future)) {
            try wakeupNext(vm, waitersName)
        }
    }

    // MARK: Queue's helpers (Lib/asyncio/queues.py)

    private func attr(_ vm: Interpreter, _ name: PyStr) throws -> Value {
        try Self.attr(vm, queue, name)
    }

    private static func attr(_ vm: Interpreter, _ queue: PyObject, _ name: PyStr) throws -> Value {
        if let v = InstanceState.get(queue, name) { return v }
        return try vm.getAttribute(.object(queue), name)
    }

    /// `self._queue` when it is in the `__dict__` and a plain deque.
    @inline(__always)
    private func plainDeque() -> PyDeque? { Self.plainDeque(queue) }

    @inline(__always)
    private static func plainDeque(_ queue: PyObject) -> PyDeque? {
        guard case .object(let o)? = InstanceState.get(queue, Self.queueName), let d = o as? PyDeque,
              InstanceState.hasExactBuiltinType(o, DequeModule.dequeType) else { return nil }
        return d
    }

    /// What `await queue.get()` returns when the body would end at its
    /// first step (a plain deque holding an item, asyncio's own loop
    /// running): `run`'s first branch, without the coroutine object
    /// (VM/AwaitedCalls.swift). Nil when the body would do anything else.
    static func getAtOnce(_ vm: Interpreter, _ queue: PyObject, _ runtime: AsyncioRuntime) throws -> Value? {
        guard runtime.plainRunningLoop != nil, let deque = plainDeque(queue), deque.count > 0 else { return nil }
        let item = try deque.popLeft()
        try wakeupNext(vm, queue, puttersName)
        return item
    }

    /// `await queue.put(item)` when the body would end at its first step
    /// (a plain deque with room, an int maxsize, asyncio's own loop
    /// running): `run`'s first branch for a put, without the coroutine
    /// object. False when the body would do anything else.
    static func putAtOnce(_ vm: Interpreter, _ queue: PyObject, _ runtime: AsyncioRuntime, _ item: Value) throws -> Bool {
        guard runtime.plainRunningLoop != nil, let deque = plainDeque(queue),
              case .int(let m) = try attr(vm, queue, maxsizeName), m <= 0 || deque.count < m else { return false }
        try put(vm, queue, runtime, deque, .object(deque), item)
        return true
    }

    /// `self._queue` when it is a plain deque.
    private func storage(_ vm: Interpreter) throws -> (PyDeque?, Value) {
        let value = try attr(vm, Self.queueName)
        if case .object(let o) = value, let d = o as? PyDeque, o.type === DequeModule.dequeType { return (d, value) }
        return (nil, value)
    }

    private func qsize(_ vm: Interpreter) throws -> Value {
        let (deque, value) = try storage(vm)
        if let deque { return .int(deque.count) }
        return .int(try vm.length(value))
    }

    private func empty(_ vm: Interpreter) throws -> Bool {
        let (deque, value) = try storage(vm)
        if let deque { return deque.count == 0 }
        return try !vm.isTruthy(value)
    }

    private func full(_ vm: Interpreter) throws -> Bool {
        let maxsize = try attr(vm, Self.maxsizeName)
        if case .int(let m) = maxsize {
            if m <= 0 { return false }
            let (deque, _) = try storage(vm)
            if let deque { return deque.count >= m }
        } else if try vm.isTruthy(vm.compare(maxsize, .int(0), .le)) {
            return false
        }
        return try vm.isTruthy(vm.compare(qsize(vm), maxsize, .ge))
    }

    private func getNowait(_ vm: Interpreter) throws -> Value {
        if try empty(vm) { return try vm.callMethod(.object(queue), interned: AsyncioNames.getNowait) }
        let (deque, value) = try storage(vm)
        let item = try deque?.popLeft() ?? vm.callMethod(value, interned: AsyncioNames.popleft)
        try wakeupNext(vm, Self.puttersName)
        return item
    }

    private func putNowait(_ vm: Interpreter, _ item: Value) throws {
        if try full(vm) {
            _ = try vm.callMethod(.object(queue), interned: AsyncioNames.putNowait, [item])
            return
        }
        let (deque, value) = try storage(vm)
        try put(vm, deque, value, item)
    }

    /// put_nowait() after its `full()` check: `_put`, the count, `_finished`
    /// and the first getter.
    private func put(_ vm: Interpreter, _ deque: PyDeque?, _ value: Value, _ item: Value) throws {
        try Self.put(vm, queue, runtime, deque, value, item)
    }

    private static func put(_ vm: Interpreter, _ queue: PyObject, _ runtime: AsyncioRuntime,
                            _ deque: PyDeque?, _ value: Value, _ item: Value) throws {
        if let deque {
            try deque.append(vm, item)
        } else {
            _ = try vm.callMethod(value, interned: AsyncioNames.appendName, [item])
        }
        let unfinished = try attr(vm, queue, unfinishedName)
        if case .int(let n) = unfinished, n < Int.max, InstanceState.set(queue, unfinishedName, .int(n + 1)) {
        } else {
            try vm.setAttribute(.object(queue), unfinishedName, vm.binaryOp(unfinished, .int(1), .add, inplace: true))
        }
        try EventState.clear(vm, attr(vm, queue, finishedName), runtime)
        try wakeupNext(vm, queue, gettersName)
    }

    /// `_wakeup_next(waiters)`: completes the first waiter not done yet.
    private func wakeupNext(_ vm: Interpreter, _ name: PyStr) throws {
        try Self.wakeupNext(vm, queue, name)
    }

    private static func wakeupNext(_ vm: Interpreter, _ queue: PyObject, _ name: PyStr) throws {
        let waiters = try attr(vm, queue, name)
        if let list = WaiterOps.list(waiters) {
            // The plain list: the same loop without a Python call.
            while !list.items.isEmpty {
                let waiter = list.items.removeFirst()
                if try !WaiterOps.done(vm, waiter) {
                    try WaiterOps.setResult(vm, waiter, .none)
                    break
                }
            }
            return
        }
        while try !WaiterOps.isEmpty(vm, waiters) {
            let waiter = try WaiterOps.popFirst(vm, waiters)
            if try !WaiterOps.done(vm, waiter) {
                try WaiterOps.setResult(vm, waiter, .none)
                break
            }
        }
    }
}

/// `_LoopBoundMixin._get_loop()` of Lib/asyncio/mixins.py for the native
/// primitives.
enum LoopBinding {
    private static let loopName = Names.shared("_loop")

    /// The running loop, binding the primitive to it on first use; the
    /// Python method raises the error for a primitive bound to another loop.
    static func boundLoop(_ vm: Interpreter, _ primitive: PyObject, _ runtime: AsyncioRuntime) throws -> Value {
        let loop = runtime.runningLoop
        var bound = InstanceState.get(primitive, loopName) ?? primitive.type.lookup(loopName) ?? .none
        if bound.isNone, InstanceState.set(primitive, loopName, loop) {
            bound = loop
        }
        if !loop.isIdentical(bound) { return try vm.callMethod(.object(primitive), interned: AsyncioNames.boundLoop) }
        return loop
    }
}

/// Drives one awaitable inside a native coroutine (`await x` in the
/// Python version): the iterator `await` would use, resumed, thrown into
/// and closed as the VM does for a delegate.
struct SubAwait {
    private(set) var iterator: Value?

    /// Starts awaiting `awaitable`: its first step.
    mutating func start(_ vm: Interpreter, _ awaitable: Value) throws -> GeneratorStep {
        let it = try vm.awaitableIterator(awaitable)
        iterator = it
        return try settle(vm.resumeDelegate(it, .none))
    }

    mutating func send(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        guard let it = iterator else { return .returned(.none) }
        do {
            return try settle(vm.resumeDelegate(it, value))
        } catch {
            iterator = nil
            throw error
        }
    }

    /// `exception` raised at the `await`: thrown into the awaitable
    /// (GeneratorExit closes it first, as closing a coroutine does).
    mutating func raise(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        guard let it = iterator else { throw PyError(exception) }
        if exception.type.isSubtype(of: BuiltinTypes.generatorExit) {
            iterator = nil
            try vm.closeDelegate(it)
            throw PyError(exception)
        }
        do {
            return try settle(vm.throwIntoDelegate(it, exception))
        } catch {
            iterator = nil
            throw error
        }
    }

    private mutating func settle(_ step: GeneratorStep) -> GeneratorStep {
        if case .returned = step { iterator = nil }
        return step
    }
}

/// `Condition.wait()` of Lib/asyncio/locks.py as a native coroutine:
///
///     if not self.locked():
///         raise RuntimeError('cannot wait on un-acquired lock')
///     self.release()
///     try:
///         fut = self._get_loop().create_future()
///         fut._blocker = ('condition', self)
///         self._waiters.append(fut)
///         try:
///             await fut
///             return True
///         finally:
///             self._waiters.remove(fut)
///     finally:
///         cancelled = False
///         while True:
///             try:
///                 await self.acquire()
///                 break
///             except exceptions.CancelledError:
///                 cancelled = True
///         if cancelled:
///             raise exceptions.CancelledError
///
/// `locked`, `release` and `acquire` are the instance's (the lock's bound
/// methods), called as the Python code calls them.
final class PyConditionWait: PyNativeCoroutine {
    override var cpythonSites: [AsyncioSite] { [.conditionWait] }

    private let runtime: AsyncioRuntime
    private let condition: PyObject
    private enum Phase {
        case idle
        /// Waiting to be notified on `future`.
        case notified(PyFuture)
        /// Re-acquiring the lock, with what the body ended with.
        case reacquiring(outcome: Result<Value, PyError>)
    }
    private var phase = Phase.idle
    private var acquire = SubAwait()
    private var cancelled = false
    private static let lockedName = Names.shared("locked")
    private static let releaseName = Names.shared("release")
    private static let acquireName = Names.shared("acquire")
    private static let waitersName = Names.shared("_waiters")

    init(runtime: AsyncioRuntime, condition: PyObject) {
        self.runtime = runtime
        self.condition = condition
        super.init(qualname: "Condition.wait")
    }

    deinit {
        if case .idle = phase {} else { DeepRelease.release(&phase, leaving: .idle) }
    }

    override func begin(_ vm: Interpreter) throws -> GeneratorStep {
        if try !vm.isTruthy(vm.callMethod(.object(condition), interned: Self.lockedName)) {
            throw AsyncioSite.raising([.conditionUnlockedWait], PyError.runtimeError("cannot wait on un-acquired lock"))
        }
        _ = try vm.callMethod(.object(condition), interned: Self.releaseName)
        do {
            let loop = try LoopBinding.boundLoop(vm, condition, runtime)
            let future: PyFuture
            if case .object(let o) = loop, let core = o as? PyLoop, core.createsPlainFutures {
                future = runtime.createFuture(core)
            } else {
                let made = try vm.callMethod(loop, interned: AsyncioNames.createFuture)
                guard case .object(let f) = made, let core = f as? PyFuture else {
                    throw PyError.runtimeError("Condition.wait() needs asyncio's futures")
                }
                future = core
            }
            future.setBlocker("condition", .object(condition))
            try WaiterOps.append(vm, EventState.attr(vm, condition, Self.waitersName), .object(future))
            phase = .notified(future)
            future.blocking = true
            return .yielded(.object(future))
        } catch let error as PyError {
            return try reacquire(vm, outcome: .failure(error))
        }
    }

    override func resume(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        switch phase {
        case .idle: return .returned(.true)
        case .notified(let future):
            var outcome: Result<Value, PyError>
            do {
                if future.state == .pending { throw PyError.runtimeError("await wasn't used with future") }
                _ = try future.resultValue(vm)
                outcome = .success(.true)
            } catch let error as PyError {
                outcome = .failure(error)
            }
            return try leaveWait(vm, future, outcome)
        case .reacquiring(let outcome):
            return try drive(vm, outcome, step: { try acquire.send(vm, value) })
        }
    }

    override func raise(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        switch phase {
        case .idle: throw PyError(exception)
        case .notified(let future):
            return try leaveWait(vm, future, .failure(PyError(exception)))
        case .reacquiring(let outcome):
            return try drive(vm, outcome, step: { try acquire.raise(vm, exception) })
        }
    }

    /// The inner `finally` (the waiter leaves the list), then the outer one.
    private func leaveWait(_ vm: Interpreter, _ future: PyFuture,
                           _ outcome: Result<Value, PyError>) throws -> GeneratorStep {
        var outcome = outcome
        do {
            try WaiterOps.remove(vm, EventState.attr(vm, condition, Self.waitersName), .object(future), silent: false)
        } catch let error as PyError {
            outcome = .failure(error)
        }
        return try reacquire(vm, outcome: outcome)
    }

    /// The outer `finally`: `await self.acquire()` until it is not cancelled.
    private func reacquire(_ vm: Interpreter, outcome: Result<Value, PyError>) throws -> GeneratorStep {
        phase = .reacquiring(outcome: outcome)
        return try drive(vm, outcome, step: { try acquire.start(vm, vm.callMethod(.object(condition),
                                                                                  interned: Self.acquireName)) })
    }

    /// Runs one step of the acquire; a CancelledError starts another one.
    private func drive(_ vm: Interpreter, _ outcome: Result<Value, PyError>,
                       step: () throws -> GeneratorStep) throws -> GeneratorStep {
        var first = true
        while true {
            let result: GeneratorStep
            do {
                if first {
                    first = false
                    result = try step()
                } else {
                    result = try acquire.start(vm, vm.callMethod(.object(condition), interned: Self.acquireName))
                }
            } catch let error as PyError where error.exception.type.isSubtype(of: runtime.cancelledError) {
                cancelled = true
                continue
            } catch {
                phase = .idle
                throw error
            }
            switch result {
            case .yielded(let v): return .yielded(v)
            case .returned: return try finish(outcome)
            }
        }
    }

    private func finish(_ outcome: Result<Value, PyError>) throws -> GeneratorStep {
        phase = .idle
        if cancelled { throw PyError(PyException(type: runtime.cancelledError, args: [])) }
        switch outcome {
        case .success(let v): return .returned(v)
        case .failure(let e): throw e
        }
    }
}

/// `Condition.wait_for(predicate)`:
///
///     result = predicate()
///     while not result:
///         await self.wait()
///         result = predicate()
///     return result
final class PyConditionWaitFor: PyNativeCoroutine {
    override var cpythonSites: [AsyncioSite] { [.conditionWaitFor] }

    private let condition: Value
    private let predicate: Value
    private var wait = SubAwait()
    private static let waitName = Names.shared("wait")

    init(condition: Value, predicate: Value) {
        self.condition = condition
        self.predicate = predicate
        super.init(qualname: "Condition.wait_for")
    }

    override func begin(_ vm: Interpreter) throws -> GeneratorStep {
        try check(vm, vm.call(predicate, []))
    }

    override func resume(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        try after(vm, wait.send(vm, value))
    }

    override func raise(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        try after(vm, wait.raise(vm, exception))
    }

    /// `while not result:` with `result` just computed.
    private func check(_ vm: Interpreter, _ result: Value) throws -> GeneratorStep {
        if try vm.isTruthy(result) { return .returned(result) }
        return try after(vm, wait.start(vm, vm.callMethod(condition, interned: Self.waitName)))
    }

    private func after(_ vm: Interpreter, _ step: GeneratorStep) throws -> GeneratorStep {
        if case .yielded = step { return step }
        return try check(vm, vm.call(predicate, []))
    }
}

/// Condition's synchronous methods.
enum ConditionState {
    private static let lockedName = Names.shared("locked")
    private static let waitersName = Names.shared("_waiters")

    /// `notify(n)`: completes up to `n` pending waiters with False.
    static func notify(_ vm: Interpreter, _ condition: PyObject, _ n: Value) throws {
        if try !vm.isTruthy(vm.callMethod(.object(condition), interned: lockedName)) {
            throw AsyncioSite.raising([.conditionUnlockedNotify], PyError.runtimeError("cannot notify on un-acquired lock"))
        }
        let waiters = try EventState.attr(vm, condition, waitersName)
        let items = try WaiterOps.list(waiters)?.items ?? vm.toArray(waiters)
        var woken = 0
        for future in items {
            if case .int(let limit) = n {
                if woken >= limit { break }
            } else if try vm.isTruthy(vm.compare(.int(woken), n, .ge)) {
                break
            }
            if try !WaiterOps.done(vm, future) {
                woken += 1
                try WaiterOps.setResult(vm, future, .false)
            }
        }
    }
}

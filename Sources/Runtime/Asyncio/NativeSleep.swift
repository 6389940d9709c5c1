/// `asyncio.sleep(delay, result=None)` as a native coroutine: the body of
/// Lib/asyncio/waiting.py's `_py_sleep`, step for step.
///
/// `delay <= 0` yields once to the loop (a bare yield: exactly one pass,
/// conformance 018, 104, 112) and returns `result`; otherwise a future is
/// completed by a `call_later` timer (`_set_result_unless_cancelled`) and
/// the timer is cancelled however the wait ends, as the Python `finally`
/// does. A loop class that overrides `create_future` or `call_later`, and
/// a delay that is not an int or a float, go through the Python version
/// (`sleep_fallback` given to `setup`) so every override and error is
/// exactly the Python code's.
final class PySleepCoroutine: PyNativeCoroutine {
    override var cpythonSites: [AsyncioSite] { zeroDelay ? [.sleep0Yield, .sleep0] : [.sleep] }
    /// The delay was zero or less (the bare yield of `__sleep0`).
    private var zeroDelay = false

    private let runtime: AsyncioRuntime
    private let delay: Value
    private let result: Value
    private enum Phase {
        case idle
        /// Yielded once for a zero delay.
        case yielded
        /// Waiting on `future`, which `timer` completes.
        case waiting(PyFuture, PyHandle)
    }
    private var phase = Phase.idle
    private static let callLaterName = Names.shared("call_later")

    init(runtime: AsyncioRuntime, delay: Value, result: Value) {
        self.runtime = runtime
        self.delay = delay
        self.result = result
        super.init(qualname: "sleep")
    }

    deinit {
        if case .waiting = phase { DeepRelease.release(&phase, leaving: .idle) }
    }

    /// True for delays the native path compares and adds exactly as
    /// Python does (int, bool and float; not their subclasses).
    static func isPlainNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .bool, .float: return true
        default: return false
        }
    }

    override func begin(_ vm: Interpreter) throws -> GeneratorStep {
        let zero: Bool
        switch delay {
        case .int(let i): zero = i <= 0
        case .float(let d): zero = d <= 0
        case .bool(let b): zero = !b
        default: zero = try vm.isTruthy(vm.compare(delay, .int(0), .le))
        }
        if zero {
            zeroDelay = true
            phase = .yielded
            return .yielded(.none)
        }
        guard case .object(let o) = runtime.runningLoop, let loop = o as? PyLoop else {
            throw PyError.runtimeError("no running event loop")
        }
        if !loop.createsPlainFutures || (!loop.type.isBuiltin && loop.type.lookupUser(Self.callLaterName) != nil) {
            return try handOver(vm, to: vm.call(runtime.primitives.sleepFallback, [delay, result]))
        }
        let future = runtime.createFuture(loop)
        let when = try vm.toDouble(vm.binaryOp(.float(loop.now), delay, .add))
        let timer = try loop.callAt(vm, when, .call(runtime.setResultUnlessCancelled, [.object(future), result]))
        if loop.tracing { future.blocker = .object(PyTuple([.str("sleep"), .float(timer.when)])) }
        phase = .waiting(future, timer)
        future.blocking = true
        return .yielded(.object(future))
    }

    override func resume(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        switch phase {
        case .idle: return .returned(result)
        case .yielded:
            phase = .idle
            return .returned(result)
        case .waiting(let future, let timer):
            phase = .idle
            defer { timer.cancel(vm) }
            if future.state == .pending { throw PyError.runtimeError("await wasn't used with future") }
            return .returned(try future.resultValue(vm))
        }
    }

    override func raise(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        switch phase {
        case .waiting(_, let timer):
            phase = .idle
            timer.cancel(vm)
        case .idle, .yielded:
            phase = .idle
        }
        throw PyError(exception)
    }
}

/// `asyncio.wait(fs, return_when=...)` of Lib/asyncio/waiting.py as a
/// native coroutine, statement for statement (`wait`, then `_wait`):
///
///     fs = list(dict.fromkeys(fs))
///     loop = events.get_running_loop()
///     waiter = loop.create_future()
///     waiter._blocker = ('wait', fs)
///     remaining = len(fs)
///     def _on_completion(f):
///         nonlocal remaining
///         remaining -= 1
///         if (remaining <= 0 or return_when == FIRST_COMPLETED or
///                 return_when == FIRST_EXCEPTION and (
///                     not f.cancelled() and f.exception() is not None)):
///             if not waiter.done():
///                 waiter.set_result(None)
///     for f in fs:
///         f.add_done_callback(_on_completion)
///     try:
///         await waiter
///     finally:
///         for f in fs:
///             f.remove_done_callback(_on_completion)
///     done, pending = set(), set()
///     for f in fs: (done if f.done() else pending).add(f)
///     return done, pending
///
/// Only without a timeout, for a non-empty list or tuple of the core's
/// futures whose classes keep the methods used here, and a `return_when`
/// that is one of the three constants, on a running core loop; anything
/// else (and the argument errors) is the Python version's (`_py_wait`),
/// handed over before anything observable happened.
final class PyWaitCoroutine: PyNativeCoroutine {
    override var cpythonSites: [AsyncioSite] { [.waitInner, .wait] }

    /// `return_when`.
    enum Mode {
        case allCompleted
        case firstCompleted
        case firstException
    }

    /// What `_on_completion` needs: no strong reference to a Python object,
    /// so the callback left on a future forms no cycle the collector
    /// cannot see.
    private final class Completion {
        var remaining: Int
        let mode: Mode
        weak var waiter: PyFuture?

        init(remaining: Int, mode: Mode, waiter: PyFuture) {
            self.remaining = remaining
            self.mode = mode
            self.waiter = waiter
        }
    }

    private let runtime: AsyncioRuntime
    private let arguments: Args
    private var futures: [PyFuture] = []
    private var waiter: PyFuture?
    private var callback: Value = .none

    /// The future methods this code calls (a class overriding one, or
    /// making its futures coroutines, goes through Python).
    private static let futureMethods = ["add_done_callback", "remove_done_callback", "done", "cancelled",
                                        "exception", "set_result", "get_loop", "__eq__", "__hash__", "__await__",
                                        "send", "throw", "close"].map(Names.shared)

    private init(runtime: AsyncioRuntime, arguments: Args) {
        self.runtime = runtime
        self.arguments = arguments
        super.init(qualname: "wait")
    }

    deinit {
        if !futures.isEmpty { DeepRelease.release(&futures, leaving: []) }
        if waiter != nil { DeepRelease.release(&waiter, leaving: nil) }
    }

    /// `wait(...)` called with `a`: the native coroutine, or nil when the
    /// Python version must be called (a timeout, unknown keywords).
    static func make(_ a: Args, _ runtime: AsyncioRuntime) -> PyWaitCoroutine? {
        guard a.positional.count == 1 else { return nil }
        for (key, value) in a.keywords {
            if key == "timeout" && value.isNone { continue }
            if key != "return_when" { return nil }
        }
        return PyWaitCoroutine(runtime: runtime, arguments: a)
    }

    private static let constants: [(String, Mode)] = [("ALL_COMPLETED", .allCompleted),
                                                      ("FIRST_COMPLETED", .firstCompleted),
                                                      ("FIRST_EXCEPTION", .firstException)]

    /// `return_when` when it is exactly one of the three string constants.
    private func mode() -> Mode? {
        guard let value = arguments.keywords.first(where: { $0.0 == "return_when" })?.1 else { return .allCompleted }
        guard case .object(let o) = value, let s = o as? PyStr, InstanceState.hasExactBuiltinType(o, BuiltinTypes.str)
        else { return nil }
        return Self.constants.first { $0.0 == s.value }?.1
    }

    /// The futures of `fs` when every one is covered (no Python code runs
    /// during the scan).
    private func coveredFutures() -> [PyFuture]? {
        guard case .object(let o) = arguments.positional[0] else { return nil }
        let items: [Value]
        if let l = o as? PyList, InstanceState.hasExactBuiltinType(o, BuiltinTypes.list) {
            items = l.items
        } else if let t = o as? PyTuple, InstanceState.hasExactBuiltinType(o, BuiltinTypes.tuple) {
            items = t.items
        } else {
            return nil
        }
        if items.isEmpty { return nil }
        var result: [PyFuture] = []
        result.reserveCapacity(items.count)
        var checkedTypes: [ObjectIdentifier] = []
        for item in items {
            guard case .object(let fo) = item, let f = fo as? PyFuture, let loop = f.loop, loop.createsPlainFutures
            else { return nil }
            let t = fo.type
            if !t.isBuiltin && !checkedTypes.contains(ObjectIdentifier(t)) {
                for name in Self.futureMethods where t.lookupUser(name) != nil { return nil }
                checkedTypes.append(ObjectIdentifier(t))
            }
            result.append(f)
        }
        return result
    }

    override func begin(_ vm: Interpreter) throws -> GeneratorStep {
        guard let mode = mode(), let all = coveredFutures(), case .object(let l) = runtime.runningLoop,
              let loop = l as? PyLoop, loop.createsPlainFutures else {
            return try handOver(vm, to: vm.call(runtime.primitives.fallback(AsyncioPrimitives.waitKey), arguments))
        }
        // list(dict.fromkeys(fs)): hashing numbers the futures in order.
        var seen = Set<ObjectIdentifier>()
        futures.reserveCapacity(all.count)
        for f in all {
            _ = vm.identity(of: f)
            if seen.insert(ObjectIdentifier(f)).inserted { futures.append(f) }
        }
        let waiter = runtime.createFuture(loop)
        waiter.setBlocker("wait", .object(PyList(futures.map { .object($0) })))
        let completion = Completion(remaining: futures.count, mode: mode, waiter: waiter)
        callback = .object(PyBuiltinFunction(name: "_on_completion", qualname: "_wait.<locals>._on_completion") { vm, a in
            try a.check("_on_completion", min: 1, max: 1)
            try Self.onCompletion(vm, completion, a[0])
            return .none
        })
        for f in futures { try f.addCallback(vm, .python(callback)) }
        self.waiter = waiter
        waiter.blocking = true
        return .yielded(.object(waiter))
    }

    /// `_on_completion(f)`.
    private static func onCompletion(_ vm: Interpreter, _ completion: Completion, _ f: Value) throws {
        completion.remaining -= 1
        var fire = completion.remaining <= 0 || completion.mode == .firstCompleted
        if !fire && completion.mode == .firstException, try !WaiterOps.cancelled(vm, f) {
            fire = try !exception(vm, f).isNone
        }
        guard fire, let waiter = completion.waiter else { return }
        if try !WaiterOps.done(vm, .object(waiter)) { try WaiterOps.setResult(vm, .object(waiter), .none) }
    }

    /// `f.exception()`.
    private static func exception(_ vm: Interpreter, _ f: Value) throws -> Value {
        if let future = WaiterOps.future(f, .exception) {
            if let log = vm.accessLog { log.state(future, write: false) }
            switch future.state {
            case .cancelled: throw PyError(future.makeCancelledError(vm))
            case .pending: throw AsyncioRuntime.invalidState(vm, "Exception is not set.")
            case .finished:
                future.logTraceback = false
                return future.exception.map { .object($0) } ?? .none
            }
        }
        return try vm.callMethod(f, interned: AsyncioNames.exceptionName)
    }

    override func resume(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        guard let waiter else { return .returned(.none) }
        self.waiter = nil
        var failure: PyError?
        do {
            if waiter.state == .pending { throw PyError.runtimeError("await wasn't used with future") }
            _ = try waiter.resultValue(vm)
        } catch let error as PyError {
            failure = error
        }
        try removeCallbacks(vm)
        if let failure { throw failure }
        let done = PySet(frozen: false)
        let pending = PySet(frozen: false)
        for f in futures {
            try (WaiterOps.done(vm, .object(f)) ? done : pending).add(.object(f), vm)
        }
        futures = []
        return .returned(.object(PyTuple([.object(done), .object(pending)])))
    }

    override func raise(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        guard waiter != nil else { throw PyError(exception) }
        waiter = nil
        try removeCallbacks(vm)
        futures = []
        throw PyError(exception)
    }

    /// The `finally`: `f.remove_done_callback(_on_completion)` for each future.
    private func removeCallbacks(_ vm: Interpreter) throws {
        for f in futures {
            if f.overrides(.removeDoneCallback) {
                _ = try vm.callMethod(.object(f), interned: AsyncioNames.removeDoneCallback, [callback])
                continue
            }
            if let log = vm.accessLog { log.state(f, write: true) }
            let all = f.allCallbacks
            var kept: [PyFuture.Callback] = []
            kept.reserveCapacity(all.count)
            for entry in all {
                if case .python(let fn) = entry, try vm.equals(fn, callback) { continue }
                kept.append(entry)
            }
            if kept.count != all.count { f.setCallbacks(kept) }
        }
    }
}

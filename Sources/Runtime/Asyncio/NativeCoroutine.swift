/// A coroutine implemented in Swift: what an `async def` helper of
/// Lib/asyncio (`sleep`, `Queue.get`, `Lock.acquire`, ...) returns when its
/// body is native. It is awaited directly (no frame, no `__await__` call),
/// driven by `send`/`throw`/`close` as a Python coroutine is, and refused
/// once finished ("cannot reuse already awaited coroutine"). Its body runs
/// at the first `send`, as an `async def` body does, so arguments are only
/// looked at when the coroutine is awaited.
///
/// Subclasses implement `begin` (the body up to its first suspension or
/// its end), `resume` (after a suspension) and `raise` (an exception thrown
/// in at a suspension, which is also how `close()` delivers GeneratorExit,
/// so `finally`-like clean-up lives in one place).
class PyNativeCoroutine: PyObject, Resumable, CustomPyRepr, NativeIterable {
    /// `__qualname__` (e.g. `sleep`, `Queue.get`), for reprs and traces.
    let qualname: String
    private(set) var started = false
    private(set) var finished = false
    /// The Python coroutine this one handed over to (`handOver`): every
    /// later send, throw and close goes to it.
    private var delegate: Value?

    init(qualname: String) {
        self.qualname = qualname
        super.init(type: nil)
    }

    override var exactBuiltinType: PyType { AsyncioTypes.nativeCoroutine }
    override var awaitRole: AwaitRole { .nativeCoroutine }

    /// `__name__`: the last component of the qualified name.
    var name: String { qualname.split(separator: ".").last.map(String.init) ?? qualname }

    func pyRepr(_ vm: Interpreter) throws -> String {
        "<coroutine object \(qualname) at \(vm.addressString(self))>"
    }

    deinit {
        // Never sent to: "coroutine 'sleep' was never awaited", as CPython
        // warns for the forgotten `await` of any coroutine.
        if !started { PyGenerator.neverAwaitedHook?(qualname) }
        if delegate != nil { DeepRelease.release(&delegate, leaving: nil) }
    }

    /// `yield from coro` in a generator-based coroutine
    /// (`@types.coroutine`) delegates to it; anywhere else a coroutine is
    /// not iterable (the VM reaches this through `iter()`).
    func makeIterator(_ vm: Interpreter) throws -> Value {
        if let code = vm.frameStack.last?.code, code.isGenerator {
            // `async def` cannot `yield from`: only a generator can get here
            // for it, and only a generator-based coroutine may.
            if code.isIterableCoroutineFlag { return .object(self) }
            if !code.isCoroutine {
                throw PyError.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
            }
        }
        throw PyError.typeError("'coroutine' object is not iterable")
    }

    /// True between the first step and the end (`cr_suspended`).
    var isSuspended: Bool { started && !finished }

    // MARK: the body (subclasses)

    /// Runs the Python version of the body instead, from its start (only
    /// before the native body did anything observable): its first step.
    func handOver(_ vm: Interpreter, to coro: Value) throws -> GeneratorStep {
        delegate = coro
        return try AsyncioRuntime.resume(vm, coro, throwing: nil)
    }

    /// Runs the body from its start.
    func begin(_ vm: Interpreter) throws -> GeneratorStep { .returned(.none) }

    /// Continues after a suspension with the value sent in.
    func resume(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep { .returned(value) }

    /// The frames CPython 3.11's Python version of this coroutine has while
    /// paused at its await, innermost first (AsyncioSites.swift): an
    /// exception leaving it from there passes through them.
    var cpythonSites: [AsyncioSite] { [] }

    /// `exception` is raised at the suspension point; by default it
    /// propagates unchanged.
    func raise(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        throw PyError(exception)
    }

    // MARK: Resumable

    final func send(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        if finished { throw PyError.runtimeError("cannot reuse already awaited coroutine") }
        if !started && !value.isNone {
            throw PyError.typeError("can't send non-None value to a just-started coroutine")
        }
        let step: GeneratorStep
        do {
            if let delegate {
                step = try AsyncioRuntime.send(vm, delegate, value)
            } else if started {
                do {
                    step = try resume(vm, value)
                } catch let error as PyError {
                    AsyncioSite.add(cpythonSites, to: error.exception)
                    throw error
                }
            } else {
                started = true
                step = try begin(vm)
            }
        } catch {
            finished = true
            throw error
        }
        if case .returned = step { finished = true }
        return step
    }

    final func throwInto(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        if finished || !started {
            // Not started: the exception is raised at the body's start,
            // which ends the coroutine.
            started = true
            finished = true
            throw PyError(exception)
        }
        let step: GeneratorStep
        do {
            if let delegate {
                step = try AsyncioRuntime.resume(vm, delegate, throwing: exception)
            } else {
                do {
                    step = try raise(vm, exception)
                } catch let error as PyError {
                    AsyncioSite.add(cpythonSites, to: error.exception)
                    throw error
                }
            }
        } catch {
            finished = true
            throw error
        }
        if case .returned = step { finished = true }
        return step
    }

    final func close(_ vm: Interpreter) throws {
        if finished || !started {
            started = true
            finished = true
            return
        }
        if let delegate {
            finished = true
            try vm.closeDelegate(delegate)
            return
        }
        let exit = PyException(type: BuiltinTypes.generatorExit, args: [])
        do {
            let step = try raise(vm, exit)
            finished = true
            if case .yielded = step { throw PyError.runtimeError("coroutine ignored GeneratorExit") }
        } catch let error as PyError {
            finished = true
            let type = error.exception.type
            if type.isSubtype(of: BuiltinTypes.generatorExit) || type.isSubtype(of: BuiltinTypes.stopIteration) {
                return
            }
            throw error
        }
    }
}

/// The Python-visible methods of native coroutines (those of CPython's
/// `coroutine` type that asyncio and programs use).
enum NativeCoroutineMethods {
    static func install(_ t: PyType) {
        func coroutine(_ a: Args, _ method: String) throws -> PyNativeCoroutine {
            guard case .object(let o) = a[0], let c = o as? PyNativeCoroutine else {
                throw PyError.typeError("descriptor '\(method)' for 'coroutine' objects doesn't apply to a "
                                        + "'\(a[0].type.cTypeName)' object")
            }
            return c
        }
        func step(_ s: GeneratorStep) throws -> Value {
            switch s {
            case .yielded(let v): return v
            case .returned(let v): throw PyError.stopIteration(v)
            }
        }
        t.defineMethod("send") { vm, a in
            try a.check("send", min: 2, max: 2, skipSelf: 1)
            return try step(coroutine(a, "send").send(vm, a[1]))
        }
        t.defineMethod("throw") { vm, a in
            try a.check("throw", min: 2, max: 4, skipSelf: 1)
            var value = a[1]
            if case .object(let o) = value, o is PyType { value = try vm.call(value, []) }
            guard let exc = value.object as? PyException else {
                throw PyError.typeError("exceptions must derive from BaseException")
            }
            return try step(coroutine(a, "throw").throwInto(vm, exc))
        }
        t.defineMethod("close") { vm, a in
            try coroutine(a, "close").close(vm)
            return .none
        }
        t.defineMethod("__await__") { _, a in
            .object(PyCoroutineWrapper(try coroutine(a, "__await__")))
        }
        t.defineProperty("__name__", get: { _, a in .str(try coroutine(a, "__name__").name) })
        t.defineProperty("__qualname__", get: { _, a in .str(try coroutine(a, "__qualname__").qualname) })
        t.defineProperty("cr_running", get: { _, _ in .false })
        t.defineProperty("cr_frame", get: { _, _ in .none })
        t.defineProperty("cr_code", get: { _, _ in .none })
        t.defineProperty("cr_await", get: { _, _ in .none })
        t.defineProperty("cr_suspended", get: { _, a in .bool(try coroutine(a, "cr_suspended").isSuspended) })
        // No frame to show (cr_frame is None): inspect.getcoroutinestate
        // asks this instead to tell CORO_CREATED from CORO_CLOSED.
        t.defineProperty("_interleave_closed", get: { _, a in .bool(try coroutine(a, "cr_frame").finished) })
    }
}

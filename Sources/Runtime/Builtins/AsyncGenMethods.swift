/// `asend`/`athrow`/`aclose`/`__anext__` of async generators: each returns
/// an awaitable that drives the generator one step.
enum AsyncGenMethods {
    static func install() {
        let t = BuiltinTypes.asyncGenerator
        func gen(_ a: Args) throws -> PyGenerator {
            guard let g = a[0].object as? PyGenerator else { throw PyError.typeError("descriptor requires an async generator") }
            return g
        }
        /// The generator, its hooks called first (CPython's
        /// async_gen_init_hooks runs when any of the four methods is called).
        func hooked(_ vm: Interpreter, _ a: Args) throws -> PyGenerator {
            let g = try gen(a)
            try g.initAsyncHooks(vm)
            return g
        }
        t.defineMethod("__aiter__") { _, a in a[0] }
        t.defineMethod("__anext__") { vm, a in .object(PyAsyncGenOp(try hooked(vm, a), .send(.none))) }
        t.defineMethod("asend") { vm, a in
            try a.check("asend", min: 2, max: 2, skipSelf: 1)
            return .object(PyAsyncGenOp(try hooked(vm, a), .send(a[1])))
        }
        t.defineMethod("athrow") { vm, a in
            try a.check("athrow", min: 2, max: 4, skipSelf: 1)
            let g = try hooked(vm, a)
            return .object(PyAsyncGenOp(g, .throwing(Args(a.positional))))
        }
        t.defineMethod("aclose") { vm, a in .object(PyAsyncGenOp(try hooked(vm, a), .close)) }
        t.defineProperty("ag_running", get: { _, a in .bool(try gen(a).asyncRunning) })
        t.defineProperty("ag_frame", get: { _, a in
            let g = try gen(a)
            return g.state == .closed ? .none : .object(PyFrameInfo(g))
        })
        t.defineProperty("ag_await", get: { _, a in try gen(a).delegate ?? .none })
        t.defineProperty("ag_code", get: { _, a in .object(PyCodeValue(try gen(a).frame.code)) })
        t.defineProperty("__name__", get: { _, a in .str(try gen(a).name) })
        t.defineProperty("__qualname__", get: { _, a in .str(try gen(a).qualname) })

        func opOf(_ a: Args) throws -> PyAsyncGenOp {
            guard let o = a[0].object as? PyAsyncGenOp else { throw PyError.typeError("bad awaitable") }
            return o
        }
        func stepResult(_ s: GeneratorStep) throws -> Value {
            switch s {
            case .yielded(let v): return v
            case .returned(let v): throw PyError.stopIteration(v)
            }
        }
        for op in [BuiltinTypes.asyncGenAwaitable, BuiltinTypes.asyncGenAThrow] {
            op.defineMethod("__await__") { _, a in a[0] }
            op.defineMethod("__iter__") { _, a in a[0] }
            op.defineMethod("__next__") { vm, a in try stepResult(opOf(a).send(vm, .none)) }
            op.defineMethod("send") { vm, a in
                try a.check("send", min: 2, max: 2, skipSelf: 1)
                return try stepResult(opOf(a).send(vm, a[1]))
            }
            op.defineMethod("throw") { vm, a in
                try a.check("throw", min: 2, max: 4, skipSelf: 1)
                return try stepResult(opOf(a).throwInto(vm, vm.thrownException(a)))
            }
            op.defineMethod("close") { vm, a in try opOf(a).close(vm); return .none }
        }
    }
}

extension PyGenerator {
    /// CPython's async_gen_init_hooks: once per async generator, remember
    /// the current finalizer hook and call the firstiter hook with it.
    func initAsyncHooks(_ vm: Interpreter) throws {
        guard !hooksCalled else { return }
        hooksCalled = true
        finalizer = vm.asyncgenFinalizer
        if let f = vm.asyncgenFirstIter { _ = try vm.call(f, [.object(self)]) }
    }
}

/// The awaitable returned by `__anext__`/`asend` (an `async_generator_asend`)
/// or by `athrow`/`aclose` (an `async_generator_athrow`), with CPython
/// 3.11's states (genobject.c): a `throw()` before the first `send()`
/// leaves it in its initial state, so the next `send()` still starts it
/// (for `aclose()`, by throwing GeneratorExit into the generator: an
/// aclose task cancelled before its first step sees CancelledError, then
/// GeneratorExit at its next await).
public final class PyAsyncGenOp: PyObject, Resumable {
    /// What the first step does: `throwing` keeps athrow's arguments (the
    /// receiver first), normalised into an exception when the step runs.
    public enum Action { case send(Value), throwing(Args), close }
    enum Phase { case initial, iterating, closed }
    let gen: PyGenerator
    let action: Action
    var phase = Phase.initial

    init(_ g: PyGenerator, _ action: Action) {
        gen = g
        self.action = action
        super.init(type: nil)
    }
    public override var exactBuiltinType: PyType {
        if case .send = action { return BuiltinTypes.asyncGenAwaitable }
        return BuiltinTypes.asyncGenAThrow
    }

    private var isSend: Bool { if case .send = action { return true }; return false }
    private var isClose: Bool { if case .close = action { return true }; return false }
    private var reuseMessage: String {
        isSend ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()"
    }

    private static func matches(_ e: PyError, _ t: PyType) -> Bool { e.exception.type.isSubtype(of: t) }

    /// async_gen_unwrap_value: an async `yield` ends the step with its value
    /// (StopIteration); the generator ending is StopAsyncIteration.
    private func unwrap(_ step: () throws -> GeneratorStep) throws -> GeneratorStep {
        let s: GeneratorStep
        do { s = try step() } catch let e as PyError {
            if Self.matches(e, BuiltinTypes.stopAsyncIteration) || Self.matches(e, BuiltinTypes.generatorExit) {
                gen.asyncClosed = true
            }
            gen.asyncRunning = false
            throw e
        }
        switch s {
        case .returned:
            gen.asyncClosed = true
            gen.asyncRunning = false
            throw PyError(BuiltinTypes.stopAsyncIteration, args: [])
        case .yielded(let v):
            if case .object(let o) = v, let w = o as? AsyncGenWrappedValue {
                gen.asyncRunning = false
                return .returned(w.value)
            }
            return s
        }
    }

    /// aclose()'s raw step: a value the generator yields itself means it
    /// ignored GeneratorExit; its ending (or GeneratorExit) ends aclose.
    private func closeStep(_ step: () throws -> GeneratorStep) throws -> GeneratorStep {
        let s: GeneratorStep
        do { s = try step() } catch let e as PyError {
            return try checkError(e)
        }
        switch s {
        case .returned:
            return try checkError(PyError(BuiltinTypes.stopAsyncIteration, args: []))
        case .yielded(let v):
            if case .object(let o) = v, o is AsyncGenWrappedValue {
                gen.asyncRunning = false
                phase = .closed
                throw PyError.runtimeError("async generator ignored GeneratorExit")
            }
            return s
        }
    }

    /// The `check_error` exit of athrow's send: closed; for aclose,
    /// StopAsyncIteration and GeneratorExit mean done.
    private func checkError(_ e: PyError) throws -> GeneratorStep {
        gen.asyncRunning = false
        phase = .closed
        if isClose && (Self.matches(e, BuiltinTypes.stopAsyncIteration) || Self.matches(e, BuiltinTypes.generatorExit)) {
            return .returned(.none)
        }
        throw e
    }

    /// Starts the generator when it was not iterated through a method
    /// (`async for` makes its awaitable directly).
    private func ensureHooks(_ vm: Interpreter) throws {
        if !gen.hooksCalled { try gen.initAsyncHooks(vm) }
    }

    public func send(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        if phase == .closed { throw PyError.runtimeError(reuseMessage) }
        try ensureHooks(vm)
        if case .send(let sendValue) = action {
            if phase == .initial {
                if gen.asyncRunning { throw PyError.runtimeError("anext(): asynchronous generator is already running") }
                phase = .iterating
                if gen.state == .closed {
                    phase = .closed
                    throw PyError(BuiltinTypes.stopAsyncIteration, args: [])
                }
                gen.asyncRunning = true
                do { return try unwrap { try gen.send(vm, value.isNone ? sendValue : value) } }
                catch { phase = .closed; throw error }
            }
            gen.asyncRunning = true
            do {
                let s = try unwrap { try gen.send(vm, value) }
                if case .returned = s { phase = .closed }
                return s
            } catch { phase = .closed; throw error }
        }
        // athrow / aclose
        if gen.state == .closed {
            phase = .closed
            return .returned(.none)
        }
        if phase == .initial {
            if gen.asyncRunning {
                phase = .closed
                throw PyError.runtimeError(isClose ? "aclose(): asynchronous generator is already running"
                                                   : "athrow(): asynchronous generator is already running")
            }
            if gen.asyncClosed {
                phase = .closed
                throw PyError(BuiltinTypes.stopAsyncIteration, args: [])
            }
            if !value.isNone { throw PyError.runtimeError("can't send non-None value to a just-started coroutine") }
            phase = .iterating
            gen.asyncRunning = true
            switch action {
            case .close:
                gen.asyncClosed = true
                return try closeStep { try gen.throwInto(vm, PyException(type: BuiltinTypes.generatorExit, args: []), closing: false) }
            case .throwing(let args):
                do {
                    return try unwrap { try gen.throwInto(vm, try vm.thrownException(args), closing: false) }
                } catch let e as PyError {
                    return try checkError(e)
                }
            case .send:
                fatalError("unreachable")
            }
        }
        if isClose { return try closeStep { try gen.send(vm, value) } }
        return try unwrap { try gen.send(vm, value) }
    }

    public func throwInto(_ vm: Interpreter, _ e: PyException) throws -> GeneratorStep {
        if phase == .closed { throw PyError.runtimeError(reuseMessage) }
        if isSend {
            do {
                let s = try unwrap { try gen.throwInto(vm, e) }
                if case .returned = s { phase = .closed }
                return s
            } catch { phase = .closed; throw error }
        }
        if !isClose { return try unwrap { try gen.throwInto(vm, e) } }
        // aclose() mode; the phase is left as it is (CPython 3.11).
        do {
            let s = try gen.throwInto(vm, e)
            switch s {
            case .yielded(let v):
                if case .object(let o) = v, o is AsyncGenWrappedValue {
                    gen.asyncRunning = false
                    phase = .closed
                    throw PyError.runtimeError("async generator ignored GeneratorExit")
                }
                return s
            case .returned:
                return .returned(.none)
            }
        } catch let err as PyError where Self.matches(err, BuiltinTypes.stopAsyncIteration)
                    || Self.matches(err, BuiltinTypes.generatorExit) {
            return .returned(.none)
        }
    }

    public func close(_ vm: Interpreter) throws { phase = .closed }
}

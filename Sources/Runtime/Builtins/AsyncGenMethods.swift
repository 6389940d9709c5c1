/// `asend`/`athrow`/`aclose`/`__anext__` of async generators: each returns
/// an awaitable that drives the generator one step.
enum AsyncGenMethods {
    static func install() {
        let t = BuiltinTypes.asyncGenerator
        func gen(_ a: Args) throws -> PyGenerator {
            guard let g = a[0].object as? PyGenerator else { throw PyError.typeError("descriptor requires an async generator") }
            return g
        }
        t.defineMethod("__aiter__") { _, a in a[0] }
        t.defineMethod("__anext__") { _, a in .object(PyAsyncGenOp(try gen(a), .send(.none))) }
        t.defineMethod("asend") { _, a in
            try a.check("asend", min: 2, max: 2, skipSelf: 1)
            return .object(PyAsyncGenOp(try gen(a), .send(a[1])))
        }
        t.defineMethod("athrow") { vm, a in
            try a.check("athrow", min: 2, max: 4, skipSelf: 1)
            return .object(PyAsyncGenOp(try gen(a), .throwing(try vm.makeException(a[1], a.optional(2)))))
        }
        t.defineMethod("aclose") { _, a in .object(PyAsyncGenOp(try gen(a), .close)) }
        t.defineProperty("ag_running", get: { _, a in .bool(try gen(a).asyncRunning) })
        t.defineProperty("ag_frame", get: { _, a in
            let g = try gen(a)
            return g.state == .closed ? .none : .object(PyFrameInfo(g))
        })
        t.defineProperty("ag_await", get: { _, a in try gen(a).delegate ?? .none })
        t.defineProperty("ag_code", get: { _, a in .object(PyCodeValue(try gen(a).frame.code)) })
        t.defineProperty("__name__", get: { _, a in .str(try gen(a).name) })
        t.defineProperty("__qualname__", get: { _, a in .str(try gen(a).qualname) })

        let op = BuiltinTypes.asyncGenAwaitable
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
        op.defineMethod("__await__") { _, a in a[0] }
        op.defineMethod("__iter__") { _, a in a[0] }
        op.defineMethod("__next__") { vm, a in try stepResult(opOf(a).send(vm, .none)) }
        op.defineMethod("send") { vm, a in try stepResult(opOf(a).send(vm, a[1])) }
        op.defineMethod("throw") { vm, a in try stepResult(opOf(a).throwInto(vm, vm.makeException(a[1], a.optional(2)))) }
        op.defineMethod("close") { vm, a in try opOf(a).close(vm); return .none }
    }
}

/// The awaitable returned by `asend`, `athrow`, `aclose` and `__anext__`.
public final class PyAsyncGenOp: PyObject, Resumable {
    /// What the first step does.
    public enum Action { case send(Value), throwing(PyException), close }
    let gen: PyGenerator
    let action: Action
    var started = false
    var finished = false

    init(_ g: PyGenerator, _ action: Action) {
        gen = g
        self.action = action
        super.init(type: nil)
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.asyncGenAwaitable }

    private var isClose: Bool { if case .close = action { return true }; return false }

    private func map(_ step: () throws -> GeneratorStep) throws -> GeneratorStep {
        do {
            let s = try step()
            switch s {
            case .yielded(let v):
                if case .object(let o) = v, let w = o as? AsyncGenWrappedValue {
                    finished = true
                    gen.asyncRunning = false
                    if isClose { throw PyError.runtimeError("async generator ignored GeneratorExit") }
                    return .returned(w.value)
                }
                return .yielded(v)
            case .returned:
                finished = true
                gen.asyncRunning = false
                if isClose { return .returned(.none) }
                throw PyError(BuiltinTypes.stopAsyncIteration, args: [])
            }
        } catch let e as PyError {
            finished = true
            gen.asyncRunning = false
            if isClose && (e.exception.type.isSubtype(of: BuiltinTypes.generatorExit)
                           || e.exception.type.isSubtype(of: BuiltinTypes.stopAsyncIteration)) {
                return .returned(.none)
            }
            throw e
        }
    }

    public func send(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        if finished { throw PyError.runtimeError("cannot reuse already awaited \(isClose ? "aclose()" : "__anext__()/asend()")") }
        if !started {
            started = true
            if gen.state == .closed || (gen.asyncClosed && !isClose) {
                finished = true
                if isClose { return .returned(.none) }
                throw PyError(BuiltinTypes.stopAsyncIteration, args: [])
            }
            if gen.asyncRunning {
                throw PyError.runtimeError("anext(): asynchronous generator is already running")
            }
            if !gen.hooksCalled {
                gen.hooksCalled = true
                gen.finalizer = vm.asyncgenFinalizer
                if let f = vm.asyncgenFirstIter { _ = try vm.call(f, [.object(gen)]) }
            }
            gen.asyncRunning = true
            switch action {
            case .send(let v): return try map { try gen.send(vm, v) }
            case .throwing(let e): return try map { try gen.throwInto(vm, e) }
            case .close:
                gen.asyncClosed = true
                if gen.state == .created { gen.state = .closed; finished = true; gen.asyncRunning = false; return .returned(.none) }
                return try map { try gen.throwInto(vm, PyException(type: BuiltinTypes.generatorExit, args: [])) }
            }
        }
        return try map { try gen.send(vm, value) }
    }

    public func throwInto(_ vm: Interpreter, _ e: PyException) throws -> GeneratorStep {
        if finished { throw PyError(e) }
        started = true
        gen.asyncRunning = true
        return try map { try gen.throwInto(vm, e) }
    }

    public func close(_ vm: Interpreter) throws { finished = true }
}

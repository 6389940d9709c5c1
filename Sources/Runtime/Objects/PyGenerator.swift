import Foundation

/// The outcome of resuming a generator-like object one step.
public enum GeneratorStep {
    /// The body yielded (or, for a coroutine, awaited something that yielded) this value.
    case yielded(Value)
    /// The body finished with this return value (StopIteration.value).
    case returned(Value)
}

/// Objects that can be driven step by step like a generator: generators,
/// coroutines, `__await__` iterators implemented in Swift (e.g. an asyncio
/// Future's iterator), async-generator `asend`/`athrow` awaitables.
public protocol Resumable: AnyObject {
    /// Resumes with `value` (`send`; `next` sends None).
    func send(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep
    /// Raises `exception` at the suspension point (`throw`).
    func throwInto(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep
    /// `close()`.
    func close(_ vm: Interpreter) throws
}

/// A generator, coroutine or async generator object.
///
/// Native drivers (the asyncio scheduler) call `send`/`throwInto`/`close`
/// directly: a coroutine step returns `.yielded(x)` when the innermost
/// awaitable yields `x` (e.g. a Future), `.returned(v)` when the coroutine
/// finishes, or throws `PyError` when it raises.
public final class PyGenerator: PyObject, Resumable {
    /// Which protocol the object implements.
    public enum Kind { case generator, coroutine, asyncGenerator }
    /// Lifecycle (`inspect.getgeneratorstate` names).
    public enum State { case created, suspended, running, closed }

    /// The kind.
    public let kind: Kind
    /// `__name__`, `__qualname__`.
    public var name: String, qualname: String
    /// Current state.
    public internal(set) var state: State = .created
    /// A generator decorated with `types.coroutine` (awaitable).
    public var isIterableCoroutine = false
    /// Async generators: an `asend`/`athrow` is in flight.
    public var asyncRunning = false
    /// Async generators: the firstiter hook has seen this generator.
    public var hooksCalled = false
    /// Async generators: `aclose()` or finalization started.
    public var asyncClosed = false
    /// Async generators: the finalizer hook current when iteration started
    /// (CPython's `ag_finalizer`), called if the generator dies suspended.
    public var finalizer: Value?
    /// Called when a coroutine object is released without ever being started
    /// (the scheduler reports "coroutine ... was never awaited"). Per thread,
    /// not process-wide: the server runs interpreters on several threads at
    /// once, each run on one thread (ScenarioRunner sets and clears it).
    /// It receives the coroutine's `__qualname__` (native coroutines of
    /// asyncio report theirs too: Asyncio/NativeCoroutine.swift).
    public static var neverAwaitedHook: ((String) -> Void)? {
        get { neverAwaitedSlot.value?.hook }
        set { neverAwaitedSlot.value = newValue.map(NeverAwaitedBox.init) }
    }
    private static let neverAwaitedSlot = ThreadLocalSlot<NeverAwaitedBox>()
    let frame: Frame
    /// Exceptions being handled inside the body while it is suspended (nil when none).
    var savedHandled: [PyException]?

    init(kind: Kind, frame: Frame, name: String, qualname: String) {
        self.kind = kind
        self.frame = frame
        self.name = name
        self.qualname = qualname
        super.init(type: nil)
        CycleCollector.track(self)
    }

    deinit {
        if kind == .coroutine && state == .created { PyGenerator.neverAwaitedHook?(qualname) }
        if finalizer != nil { handOverForFinalization() }
        else if needsClose { handOverForClose() }
    }

    public override var exactBuiltinType: PyType {
        switch kind { case .generator: return BuiltinTypes.generator
        case .coroutine: return BuiltinTypes.coroutine; case .asyncGenerator: return BuiltinTypes.asyncGenerator }
    }
    public override var awaitRole: AwaitRole { .generator }

    /// Line where the frame is suspended (or its first line).
    public var currentLine: Int { frame.pc == 0 ? frame.code.firstLine : frame.currentLine }
    /// The object this frame is delegating to (`gi_yieldfrom` / `cr_await`).
    public var delegate: Value? { frame.delegate }

    private var noun: String { kind == .coroutine ? "coroutine" : (kind == .asyncGenerator ? "async generator" : "generator") }

    /// `send(value)`.
    public func send(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        if kind == .generator, let log = vm.accessLog { log.iterate(.object(self)) }
        switch state {
        case .running: throw PyError.valueError("\(noun) already executing")
        case .closed:
            if kind == .coroutine { throw PyError.runtimeError("cannot reuse already awaited coroutine") }
            return .returned(.none)
        case .created:
            if !value.isNone {
                throw PyError.typeError("can't send non-None value to a just-started \(noun)")
            }
        case .suspended:
            frame.stack.append(value)
        }
        return try run(vm, throwing: nil)
    }

    /// `throw(exc)`.
    public func throwInto(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        try throwInto(vm, exception, closing: true)
    }

    /// `throw(exc)`; with `closing` false (an async generator's aclose and
    /// athrow, CPython's `close_on_genexit`), a GeneratorExit goes into
    /// what the generator awaits instead of closing it first.
    public func throwInto(_ vm: Interpreter, _ exception: PyException, closing: Bool) throws -> GeneratorStep {
        if state == .running { throw PyError.valueError("\(noun) already executing") }
        if state == .closed {
            if kind == .coroutine && !exception.type.isSubtype(of: BuiltinTypes.generatorExit) {
                throw PyError.runtimeError("cannot reuse already awaited coroutine")
            }
            throw PyError(exception)
        }
        if state == .suspended, let d = frame.delegate {
            let isExit = closing && exception.type.isSubtype(of: BuiltinTypes.generatorExit)
            if isExit {
                frame.delegate = nil
                do { try vm.closeDelegate(d) } catch let e as PyError { return try run(vm, throwing: e.exception) }
                return try run(vm, throwing: exception)
            }
            state = .running
            let step: GeneratorStep
            do {
                step = try vm.throwIntoDelegate(d, exception)
            } catch let e as PyError {
                state = .suspended
                frame.delegate = nil
                return try run(vm, throwing: e.exception)
            }
            state = .suspended
            switch step {
            case .yielded: return step
            case .returned(let v):
                // The delegate finished: leave the yield-from loop with its value.
                frame.delegate = nil
                if !frame.stack.isEmpty { frame.stack.removeLast() }
                frame.stack.append(v)
                frame.pc = frame.delegateExit
                return try run(vm, throwing: nil)
            }
        }
        return try run(vm, throwing: exception)
    }

    /// `close()`.
    public func close(_ vm: Interpreter) throws {
        switch state {
        case .created: state = .closed; frame.releaseValues(); return
        case .closed: return
        case .running: throw PyError.valueError("\(noun) already executing")
        case .suspended: break
        }
        let exit = PyException(type: BuiltinTypes.generatorExit, args: [])
        // CPython raises it with PyErr_SetNone, which chains it to the
        // exception the caller is handling (a thrown one is not chained so).
        exit.context = vm.handledExceptions.last
        do {
            switch try throwInto(vm, exit) {
            case .yielded:
                throw PyError.runtimeError(kind == .asyncGenerator ? "async generator ignored GeneratorExit"
                                                                   : "\(noun) ignored GeneratorExit")
            case .returned: return
            }
        } catch let e as PyError where e.exception === exit
                    || e.exception.type.isSubtype(of: BuiltinTypes.generatorExit)
                    || e.exception.type.isSubtype(of: BuiltinTypes.stopIteration) {
            state = .closed
        }
    }

    private func run(_ vm: Interpreter, throwing: PyException?) throws -> GeneratorStep {
        state = .running
        // A fresh exception thrown in (`throw`, a task's cancellation) takes
        // as its __context__ only what this generator itself is handling,
        // never what its caller is (CPython's gen_send_ex chains with the
        // generator's own exception state): the caller's handled exceptions
        // are out of sight for this step.
        var callers: [PyException] = []
        if let thrown = throwing, thrown.traceback.isEmpty, thrown.context == nil, !vm.handledExceptions.isEmpty {
            callers = vm.handledExceptions
            vm.handledExceptions.removeAll(keepingCapacity: true)
        }
        let base = vm.handledExceptions.count
        if let saved = savedHandled { vm.handledExceptions.append(contentsOf: saved); savedHandled = nil }
        defer {
            if vm.handledExceptions.count > base {
                savedHandled = Array(vm.handledExceptions[base...])
                vm.handledExceptions.removeSubrange(base...)
            }
            if !callers.isEmpty { vm.handledExceptions = callers }
        }
        do {
            let r = try vm.execute(frame, throwing: throwing)
            switch r {
            case .yielded(let v):
                state = .suspended
                if frame.hasBlocks { vm.generatorsSuspendedInBlocks = true }
                return .yielded(v)
            case .returned(let v):
                state = .closed
                savedHandled = nil
                frame.releaseValues()
                return .returned(v)
            }
        } catch let e as PyError {
            state = .closed
            frame.releaseValues()
            let t = e.exception.type
            if t.isSubtype(of: BuiltinTypes.stopIteration) {
                let msg = kind == .generator ? "generator raised StopIteration" :
                    (kind == .coroutine ? "coroutine raised StopIteration" : "async generator raised StopIteration")
                let r = PyException(type: BuiltinTypes.runtimeError, args: [.str(msg)])
                r.cause = e.exception; r.context = e.exception; r.suppressContext = true
                throw PyError(r)
            }
            if kind == .asyncGenerator && t.isSubtype(of: BuiltinTypes.stopAsyncIteration) {
                let r = PyException(type: BuiltinTypes.runtimeError, args: [.str("async generator raised StopAsyncIteration")])
                r.cause = e.exception; r.context = e.exception; r.suppressContext = true
                throw PyError(r)
            }
            throw e
        } catch {
            state = .closed
            throw error
        }
    }
}

/// Marks a value yielded by an async generator's own `yield` (as opposed to
/// a value passed up from an `await` inside it).
final class AsyncGenWrappedValue: PyObject {
    private(set) var value: Value
    deinit { DeepRelease.release(&value, leaving: .none) }
    init(_ v: Value) { value = v; super.init(type: nil) }
}

/// Holds a thread's never-awaited hook in its thread dictionary.
private final class NeverAwaitedBox {
    let hook: (String) -> Void
    init(_ hook: @escaping (String) -> Void) { self.hook = hook }
}

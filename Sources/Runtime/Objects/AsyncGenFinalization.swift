import Foundation

/// Finalization of abandoned async generators, as CPython does it: when an
/// async generator that was iterated (so the firstiter hook saw it and it
/// remembered the finalizer hook of that moment) dies suspended, the
/// finalizer is called with it, and asyncio schedules `agen.aclose()` in a
/// task (conformance 053; Tests/LibPrograms/asyncio/asyncgen_finalize.py).
///
/// DESIGN: CPython resurrects the object inside its deallocator. A Swift
/// deinit cannot, and it runs wherever the last reference went, possibly in
/// the middle of an instruction. So `PyGenerator.deinit` hands the
/// suspended frame to an heir object, and the interpreter calls the
/// finalizer with the heir at the next instruction boundary (a forced
/// periodic check): the same point of the program as CPython's call.
extension PyGenerator {
    /// Per thread, like `neverAwaitedHook`: receives the heir of a dying,
    /// suspended async generator and the finalizer to call with it.
    public static var finalizationHook: ((PyGenerator, Value) -> Void)? {
        get { finalizationSlot.value?.hook }
        set { finalizationSlot.value = newValue.map(FinalizationBox.init) }
    }

    private static let finalizationSlot = ThreadLocalSlot<FinalizationBox>()

    /// Called from deinit: an heir carrying the frame, for the finalizer.
    func handOverForFinalization() {
        guard kind == .asyncGenerator, state == .suspended, !asyncRunning, !asyncClosed,
              let finalizer, let hook = PyGenerator.finalizationHook else { return }
        let heir = PyGenerator(kind: kind, frame: frame, name: name, qualname: qualname)
        heir.state = .suspended
        heir.hooksCalled = true
        heir.savedHandled = savedHandled
        // Finalized once: a heir that is dropped again is simply released.
        heir.finalizer = nil
        hook(heir, finalizer)
    }
}

/// Generators and coroutines dropped while suspended inside `try` or
/// `with` are closed, as CPython's deallocator and collector do: their
/// `finally` blocks and `__exit__`s run (a `for` loop left with `break`
/// over a generator that holds a resource prints its cleanup right after
/// the loop). The same hand-over as above, with `close` as the finalizer:
/// at the next instruction boundary, once per generator.
extension PyGenerator {
    /// True when dropping this generator must close it: suspended in a
    /// `try`/`with` block and not finalized yet (async generators are
    /// finalized through asyncio's hook instead).
    var needsClose: Bool {
        kind != .asyncGenerator && state == .suspended && !isFinalized && frame.hasBlocks
    }

    /// The cycle collector's clearing of an unreachable generator or
    /// coroutine that closing would not run code in (suspended outside any
    /// `try`/`with`, or never started): CPython closes it, which only marks
    /// it finished, and clears its frame; so does this. A cycle made only
    /// of such generators (one holding itself in a local, two holding each
    /// other) was otherwise kept until the run ended. A never-started
    /// coroutine keeps its state, so that its release still reports it as
    /// never awaited. Async generators are left to their finalizer hook,
    /// and a frame a `sys._getframe` view holds is left alone.
    func clearForCollector() {
        guard kind != .asyncGenerator, finalizer == nil, !frame.hasOutsideView, !needsClose else { return }
        switch state {
        case .suspended:
            state = .closed
            savedHandled = nil
        case .created:
            if kind != .coroutine { state = .closed }
        case .running, .closed:
            return
        }
        frame.releaseValues()
    }

    /// Called from deinit: an heir carrying the frame is closed at the
    /// next instruction boundary.
    func handOverForClose() {
        guard PyGenerator.finalizationHook != nil else { return }
        let heir = PyGenerator(kind: kind, frame: frame, name: name, qualname: qualname)
        heir.state = .suspended
        heir.savedHandled = savedHandled
        heir.isIterableCoroutine = isIterableCoroutine
        heir.identitySerial = identitySerial
        heir.scheduleClose()
    }

    /// Queues `close()` of this generator (the cycle collector's way, for
    /// one that is unreachable but still alive), once.
    func scheduleClose() {
        guard let hook = PyGenerator.finalizationHook,
              let close = (kind == .coroutine ? BuiltinTypes.coroutine : BuiltinTypes.generator).lookup("close")
        else { return }
        isFinalized = true
        hook(self, close)
    }
}

extension Interpreter {
    /// Queues `finalizer(heir)` for the next instruction boundary.
    public func scheduleAsyncGenFinalization(_ heir: PyGenerator, _ finalizer: Value) {
        pendingFinalizations.append((heir, finalizer))
        checkBeforeNextInstruction()
    }

    /// Calls the finalizers queued since the last check, oldest first. A
    /// finalizer's exception does not reach the program: like CPython's
    /// unraisable hook, it is reported on stderr and ignored (sandbox limits
    /// still end the run).
    func runPendingFinalizations() throws {
        while !pendingFinalizations.isEmpty {
            let (heir, finalizer) = pendingFinalizations.removeFirst()
            do {
                _ = try call(finalizer, [.object(heir)])
            } catch let error as PyError {
                let context = heir.kind == .asyncGenerator ? "async generator finalizer"
                    : ((try? repr(.object(heir))) ?? heir.qualname)
                reportUnraisable(error, in: context)
            }
        }
    }
}

private final class FinalizationBox {
    let hook: (PyGenerator, Value) -> Void
    init(_ hook: @escaping (PyGenerator, Value) -> Void) { self.hook = hook }
}

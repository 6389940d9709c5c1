import CRuntimeSupport

/// Weak-reference callbacks and `weakref.finalize`, run when the watched
/// object dies, as in CPython.
///
/// DESIGN: objects die when their last reference goes (reference counting),
/// in the middle of whatever instruction dropped it. A weak handle created
/// with an owner (Lib/weakref.py's `ref` with a callback) marks its target
/// (`PyObject.hasWeakCallbacks`); the target's deinit reports its identity
/// here, and the registry queues each still-live owner's `_target_died()`
/// for the next instruction boundary (the same queue as async generator
/// finalizers), where Python code may safely run. The registry belongs to
/// the interpreter and is found through the thread's runtime state, since
/// a deinit knows nothing else.
final class WeakCallbacks {
    private unowned let vm: Interpreter
    /// Handles with owners, by the identity of the object they watch.
    private var watchers: [ObjectIdentifier: [PyWeakHandle]] = [:]

    private init(vm: Interpreter) { self.vm = vm }

    /// The registry of `vm`, created (and installed for this thread) on first use.
    static func of(_ vm: Interpreter) -> WeakCallbacks {
        if let existing = vm.weakCallbacks { return existing }
        let registry = WeakCallbacks(vm: vm)
        vm.weakCallbacks = registry
        interleave_thread_state_get()!.pointee.weak_registry = Unmanaged.passUnretained(registry).toOpaque()
        return registry
    }

    /// True while some weak handle with an owner watches an object.
    var isWatching: Bool { !watchers.isEmpty }

    /// Watches `target` for `handle` (whose owner is told when it dies).
    func watch(_ target: PyObject, with handle: PyWeakHandle) {
        target.hasWeakCallbacks = true
        watchers[ObjectIdentifier(target), default: []].append(handle)
    }

    /// The interpreter running on this thread, if it installed its registry
    /// (for deinits, which know nothing else).
    static var currentInterpreter: Interpreter? {
        guard let raw = interleave_thread_state_get()!.pointee.weak_registry else { return nil }
        return Unmanaged<WeakCallbacks>.fromOpaque(raw).takeUnretainedValue().vm
    }

    /// Called from the deinit of a watched object.
    static func objectDied(_ id: ObjectIdentifier) {
        guard let raw = interleave_thread_state_get()!.pointee.weak_registry else { return }
        Unmanaged<WeakCallbacks>.fromOpaque(raw).takeUnretainedValue().died(id)
    }

    private func died(_ id: ObjectIdentifier) {
        guard let handles = watchers.removeValue(forKey: id) else { return }
        // Newest first, as CPython clears an object's weak references: a
        // `weakref.finalize` made after a `ref` with a callback runs first.
        for handle in handles.reversed() {
            if let owner = handle.owner { vm.scheduleWeakCallback(owner) }
            handle.owner = nil
        }
    }

    /// Stops reporting deaths on this thread (the run is over).
    func uninstall() {
        let state = interleave_thread_state_get()!
        if state.pointee.weak_registry == Unmanaged.passUnretained(self).toOpaque() {
            state.pointee.weak_registry = nil
        }
        watchers.removeAll()
    }
}

extension Interpreter {
    /// Queues `owner._target_died()` for the next instruction boundary.
    func scheduleWeakCallback(_ owner: PyObject) {
        pendingWeakCallbacks.append(.object(owner))
        checkBeforeNextInstruction()
    }

    /// Runs the weak-reference callbacks queued since the last check. A
    /// callback's exception is reported on stderr and ignored, like
    /// CPython's unraisable hook.
    func runPendingWeakCallbacks() throws {
        while !pendingWeakCallbacks.isEmpty {
            let owner = pendingWeakCallbacks.removeFirst()
            do {
                _ = try callMethod(owner, "_target_died", [])
            } catch let error as PyError {
                reportUnraisable(error, in: "weakref callback")
            }
        }
    }
}

/// The methods of the core's Future that a Python subclass may override
/// (futures.Future itself is one: it adds reprs, not these), which the
/// native primitives check on every wait before calling them directly.
enum FutureHook: Int, CaseIterable {
    case done, cancelled, setResult, cancel, eq, addDoneCallback, exception, logDestroyPending, removeDoneCallback

    /// The method's name, interned once.
    var name: PyStr { FutureHook.names[rawValue] }

    private static let names: [PyStr] = ["done", "cancelled", "set_result", "cancel"].map(Names.shared) + [Names.eq]
        + ["add_done_callback", "exception", "_log_destroy_pending", "remove_done_callback"].map(Names.shared)
}

/// Whether a class overrides a `FutureHook` (a user class of its MRO
/// defines it: `lookupUser` finds it), remembered for the last two classes
/// asked about with their `lookupVersion`, so a class is looked up again
/// only after it or a base changed. Per run (in `AsyncioRuntime`). The
/// check compares class addresses (the classes are held, so an address
/// cannot be reused meanwhile) and retains nothing.
final class FutureHookCache {
    private struct Slot {
        var id: UnsafeMutableRawPointer?
        var version = 0
        /// Hooks looked up so far, and which of them are overridden.
        var known: UInt32 = 0
        var overridden: UInt32 = 0
    }
    private var slots = (Slot(), Slot())
    private var held: (PyType?, PyType?)
    /// The slot the next new class replaces.
    private var nextVictim = 0

    /// True when a Python class of `t`'s MRO defines `hook`.
    @inline(__always)
    func overrides(_ t: PyType, _ hook: FutureHook) -> Bool {
        if t.isBuiltin { return false }
        let bit = UInt32(1) << UInt32(hook.rawValue)
        let id = Unmanaged.passUnretained(t).toOpaque()
        let version = t.lookupVersion
        if slots.0.id == id && slots.0.version == version && slots.0.known & bit != 0 {
            return slots.0.overridden & bit != 0
        }
        if slots.1.id == id && slots.1.version == version && slots.1.known & bit != 0 {
            return slots.1.overridden & bit != 0
        }
        return lookUp(t, hook, id, version)
    }

    private func lookUp(_ t: PyType, _ hook: FutureHook, _ id: UnsafeMutableRawPointer, _ version: Int) -> Bool {
        let bit = UInt32(1) << UInt32(hook.rawValue)
        let overridden = t.lookupUser(hook.name) != nil
        func record(_ slot: inout Slot) {
            if slot.id != id || slot.version != version { slot = Slot(id: id, version: version) }
            slot.known |= bit
            if overridden { slot.overridden |= bit }
        }
        if slots.0.id == id {
            record(&slots.0)
        } else if slots.1.id == id {
            record(&slots.1)
        } else if nextVictim == 0 {
            record(&slots.0)
            held.0 = t
            nextVictim = 1
        } else {
            record(&slots.1)
            held.1 = t
            nextVictim = 0
        }
        return overridden
    }

    /// Forgets the classes (end of the run).
    func removeAll() {
        slots = (Slot(), Slot())
        held = (nil, nil)
    }
}

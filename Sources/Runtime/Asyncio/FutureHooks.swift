/// The methods of the core's Future that a Python subclass may override
/// (futures.Future itself is one: it adds reprs, not these), which the
/// native primitives check on every wait before calling them directly.
enum FutureHook: Int, CaseIterable {
    case done, cancelled, setResult, cancel, eq, addDoneCallback, exception

    /// The method's name, interned once.
    var name: PyStr { FutureHook.names[rawValue] }

    private static let names: [PyStr] = ["done", "cancelled", "set_result", "cancel"].map(Names.intern) + [Names.eq]
        + ["add_done_callback", "exception"].map(Names.intern)
}

/// Whether a class overrides a `FutureHook` (a user class of its MRO
/// defines it: `lookupUser` finds it), remembered for the last two classes
/// asked about with their `lookupVersion`, so a class is looked up again
/// only after it or a base changed. Per run (in `AsyncioRuntime`).
final class FutureHookCache {
    private struct Entry {
        let type: PyType
        let version: Int
        /// Hooks looked up so far, and which of them are overridden.
        var known: UInt32
        var overridden: UInt32
    }
    private var entries: [Entry] = []

    /// True when a Python class of `t`'s MRO defines `hook`.
    func overrides(_ t: PyType, _ hook: FutureHook) -> Bool {
        if t.isBuiltin { return false }
        let bit = UInt32(1) << UInt32(hook.rawValue)
        let version = t.lookupVersion
        var index = -1
        for i in entries.indices where entries[i].type === t {
            if entries[i].version == version {
                index = i
            } else {
                entries.remove(at: i)
            }
            break
        }
        if index < 0 {
            if entries.count == 2 { entries.removeFirst() }
            entries.append(Entry(type: t, version: version, known: 0, overridden: 0))
            index = entries.count - 1
        }
        if entries[index].known & bit == 0 {
            entries[index].known |= bit
            if t.lookupUser(hook.name) != nil { entries[index].overridden |= bit }
        }
        return entries[index].overridden & bit != 0
    }

    /// Forgets the classes (end of the run).
    func removeAll() { entries.removeAll() }
}

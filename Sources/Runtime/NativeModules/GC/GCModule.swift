/// The `gc` module over the run's cycle collector (Memory/CycleCollector.swift).
///
/// `collect()` runs a collection now and returns how many objects it found
/// unreachable (our tracked containers: an instance and its `__dict__`
/// count as two, so the number can differ from CPython's). `disable()`
/// stops the automatic collections, as in CPython; the collection that
/// runs before the memory limit is declared exceeded stays on, because the
/// limit is the sandbox's, not the program's. Thresholds are accepted and
/// reported but do not steer our collector, which collects when its
/// registry doubles.
enum GCModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("gc", make)]

    /// CPython 3.11's default thresholds, reported by `get_threshold()`.
    private static let defaultThresholds = [700, 10, 10]

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "gc")
        var thresholds = defaultThresholds
        m.addFunction("collect") { vm, a in
            let slots = try a.bind("collect", ["generation"], required: 0)
            if let g = slots[0] {
                let generation = try vm.indexInt(g)
                if generation < 0 || generation > 2 { throw PyError.valueError("invalid generation") }
            }
            // Finalizers found run now, and what they left unreachable goes too.
            var found = vm.collectCycles()
            if !vm.pendingDelCalls.isEmpty || !vm.pendingFinalizations.isEmpty {
                try vm.runPendingFinalizations()
                try vm.runPendingDelCalls()
                found += vm.collectCycles()
            }
            return .int(found)
        }
        m.addFunction("enable") { vm, a in
            try a.check("enable", min: 0, max: 0)
            vm.automaticCycleCollection = true
            return .none
        }
        m.addFunction("disable") { vm, a in
            try a.check("disable", min: 0, max: 0)
            vm.automaticCycleCollection = false
            return .none
        }
        m.addFunction("isenabled") { vm, a in
            try a.check("isenabled", min: 0, max: 0)
            return .bool(vm.automaticCycleCollection)
        }
        m.addFunction("get_count") { _, a in
            try a.check("get_count", min: 0, max: 0)
            return .object(PyTuple([.int(CycleCollector.trackedCount), .int(0), .int(0)]))
        }
        m.addFunction("get_threshold") { _, a in
            try a.check("get_threshold", min: 0, max: 0)
            return .object(PyTuple(thresholds.map { .int($0) }))
        }
        m.addFunction("set_threshold") { vm, a in
            try a.check("set_threshold", min: 1, max: 3)
            for i in 0..<a.count { thresholds[i] = try vm.indexInt(a[i]) }
            return .none
        }
        m.addFunction("is_tracked") { _, a in
            try a.check("is_tracked", min: 1, max: 1)
            guard case .object(let o) = a[0] else { return .bool(false) }
            return .bool(o.collectorSlot >= 0)
        }
        m.add("garbage", .object(PyList()))
        m.add("callbacks", .object(PyList()))
        addDebugFlags(m)
        return m
    }

    /// CPython's debugging flags: `set_debug(flags)` is remembered and
    /// reported by `get_debug()`; our collector prints no statistics
    /// (CPython writes them to stderr) and keeps no garbage list for
    /// `DEBUG_SAVEALL`. `freeze()` and its companions keep a count only.
    private static func addDebugFlags(_ m: PyModule) {
        let flags: [(String, Int)] = [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2),
                                      ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32),
                                      ("DEBUG_LEAK", 38)]
        for (name, value) in flags { m.add(name, .int(value)) }
        var debug = 0
        var frozen = 0
        m.addFunction("set_debug") { vm, a in
            try a.check("gc.set_debug", min: 1, max: 1)
            debug = try vm.indexInt(a[0])
            return .none
        }
        m.addFunction("get_debug") { _, a in
            try a.check("gc.get_debug", min: 0, max: 0)
            return .int(debug)
        }
        m.addFunction("freeze") { _, a in
            try a.check("gc.freeze", min: 0, max: 0)
            frozen += CycleCollector.trackedCount
            return .none
        }
        m.addFunction("unfreeze") { _, a in
            try a.check("gc.unfreeze", min: 0, max: 0)
            frozen = 0
            return .none
        }
        m.addFunction("get_freeze_count") { _, a in
            try a.check("gc.get_freeze_count", min: 0, max: 0)
            return .int(frozen)
        }
    }
}

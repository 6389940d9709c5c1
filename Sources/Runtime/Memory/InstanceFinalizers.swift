/// `__del__`, called as CPython calls it: when an instance's last
/// reference goes, when the cycle collector finds it unreachable, and for
/// the objects the main module still holds when the program ends; at most
/// once per object (PEP 442), with exceptions reported on stderr and
/// ignored.
///
/// DESIGN: a Swift deinit cannot resurrect its object and runs wherever
/// the last reference went, possibly inside an instruction. So
/// `PyInstance.deinit` hands the instance's identity and attributes to an
/// heir (same class, same `__dict__`, same `id()`, marked finalized), and
/// the interpreter calls `__del__` on the heir at the next instruction
/// boundary (a forced periodic check), the point of the program where
/// CPython's call happens. If `__del__` stores `self` somewhere, the heir
/// lives on: the object is resurrected, as in CPython. The cycle collector
/// queues unreachable instances with a pending finalizer themselves and
/// clears nothing they reach (their attributes stay intact for
/// `__del__`); a later collection frees what stays unreachable. Not
/// CPython's: the order among the objects one collection finalizes; at
/// exit, what the main module reaches is finalized in CPython's order.
extension PyInstance {
    /// True when `__del__` is still due for this instance.
    var needsFinalizer: Bool { !isFinalized && (typeStorage?.flags.hasFinalizer ?? false) }

    /// Called from deinit: queues an heir for `__del__`.
    func handOverForFinalization(_ type: PyType) {
        guard let vm = WeakCallbacks.currentInterpreter, vm.definesFinalizers else { return }
        let heir = PyInstance(of: type)
        heir.dict = dict
        heir.identitySerial = identitySerial
        heir.isFinalized = true
        vm.scheduleDelCall(heir)
    }
}

extension Interpreter {
    /// Records that `type` (and its future instances) has a `__del__`; the
    /// interpreter installs its thread registry so deinits can reach it.
    func enableFinalizers(of type: PyType) {
        type.flags.hasFinalizer = true
        definesFinalizers = true
        if type.moduleName == "__main__" { programDefinesFinalizers = true }
        _ = WeakCallbacks.of(self)
    }

    /// Queues `object.__del__()` for the next instruction boundary.
    func scheduleDelCall(_ object: PyObject) {
        object.isFinalized = true
        pendingDelCalls.append(object)
        checkBeforeNextInstruction()
    }

    /// Calls the `__del__` methods queued since the last check, oldest
    /// first. An exception is reported on stderr and ignored, like
    /// CPython's unraisable hook; sandbox limits still end the run.
    func runPendingDelCalls() throws {
        while !pendingDelCalls.isEmpty {
            let object = pendingDelCalls.removeFirst()
            guard let method = object.type.lookupUser(Names.del) else { continue }
            do {
                _ = try call(method, [.object(object)])
            } catch let error as PyError {
                reportUnraisable(error, in: (try? repr(method)) ?? "__del__")
            }
        }
    }

    /// At the end of the program, as CPython's shutdown does. Its
    /// collection finds the main module's namespace and what it holds
    /// unreachable and finalizes all of it before clearing anything, so
    /// `__del__` methods and generators' `finally` blocks still see the
    /// module's variables: each object due a finalizer, in the shutdown
    /// collection's order (`CycleCollector.finalizationOrder`), one at a
    /// time. Then, for programs with `__del__`, the variables are dropped
    /// in order (finalizing what only they reached and was not walked),
    /// and cycles collected.
    /// Only for programs that define a class with `__del__` themselves (a
    /// library's, asyncio's pure-Python reference Future, costs nothing)
    /// or where a generator was ever suspended in a `try`/`with`.
    func finalizeAtExit(_ namespace: PyDict) throws {
        let finalizers = definesFinalizers && programDefinesFinalizers
        guard finalizers || generatorsSuspendedInBlocks else { return }
        try runPendingExitWork()
        let stops = modules.values.compactMap { $0.dict }
        for object in CycleCollector.finalizationOrder(from: namespace, stops: stops) {
            if let g = object as? PyGenerator {
                if g.needsClose { g.scheduleClose() }
            } else if let instance = object as? PyInstance, instance.needsFinalizer {
                scheduleDelCall(instance)
            }
            try runPendingExitWork()
        }
        guard finalizers else { return }
        for key in namespace.keys {
            guard let name = key.asStr, name.value != "__builtins__" else { continue }
            namespace.setStr(name, .none)
            try runPendingExitWork()
        }
        _ = collectCycles()
        try runPendingExitWork()
    }

    /// Generator closes, then `__del__` calls, queued so far (an async
    /// generator's finalizer would need asyncio's loop, which is gone).
    private func runPendingExitWork() throws {
        pendingFinalizations.removeAll { $0.0.kind == .asyncGenerator }
        if !pendingFinalizations.isEmpty { try runPendingFinalizations() }
        if !pendingDelCalls.isEmpty { try runPendingDelCalls() }
    }
}

/// Releasing a finished run's objects.
///
/// DESIGN: the runtime frees objects by reference counting, and Python's
/// object graph is full of cycles that only a tracing collector would find:
/// a function's globals hold the function, a class's MRO starts with the
/// class, a method's `__class__` cell holds its class, a task's loop holds
/// the task's handles. Without help every run of the server would keep its
/// whole module graph (asyncio's classes and functions included) alive. At
/// the end of a run the interpreter breaks those structural cycles from its
/// roots: module namespaces, the classes and functions in them, the cells
/// they close over, and the asyncio core's per-run state.
extension Interpreter {
    /// Breaks the reference cycles of a run that has finished; the
    /// interpreter must not run code afterwards.
    public func releaseRunObjects() {
        releaseRunObjects(keeping: [], extraRoots: [])
    }

    /// `releaseRunObjects` for a warm run (Run/Warm/WarmImage.swift): the
    /// image's objects (`image`) are left alone, and `extraRoots` (the run's
    /// objects the image held until it was restored) are released too.
    func releaseRunObjects(keeping image: Set<ObjectIdentifier>, extraRoots: [Value]) {
        // Objects freed from here on are not finalized: the run is over.
        definesFinalizers = false
        pendingDelCalls.removeAll()
        framePool.removeAll()
        var seen = Set<ObjectIdentifier>(minimumCapacity: 256)
        // The program's sys.modules may hold modules the table no longer
        // does (stored there, or deleted from the table's view): both count.
        var tableModules = Array(modules.values)
        for value in sysModulesDict?.values ?? [] {
            if case .object(let o) = value, let m = o as? PyModule, modules[m.name] !== m { tableModules.append(m) }
        }
        let roots = tableModules.filter { !image.contains(ObjectIdentifier($0)) }
        for module in roots {
            for value in module.dict?.values ?? [] { release(value, depth: 0, &seen, image) }
        }
        for value in extraRoots { release(value, depth: 0, &seen, image) }
        if let d = sysModulesDict {
            for value in d.values { release(value, depth: 0, &seen, image) }
            d.removeAll()
            sysModulesDict = nil
        }
        for module in roots { module.dict?.removeAll() }
        modules.removeAll()
        moduleFactories.removeAll()
        interleaveHooks.removeAll()
        asyncgenFirstIter = nil
        asyncgenFinalizer = nil
        pendingFinalizations.removeAll()
        weakCallbacks?.uninstall()
        weakCallbacks = nil
        pendingWeakCallbacks.removeAll()
        handledExceptions.removeAll()
        periodicHook = nil
        outputObserver = nil
        stderrSink = nil
        stopCollectingCycles(collectingFirst: true)
    }

    private func release(_ value: Value, depth: Int, _ seen: inout Set<ObjectIdentifier>, _ image: Set<ObjectIdentifier>) {
        guard case .object(let o) = value, depth < 64 else { return }
        // Nothing below touches an object without a __dict__ other than
        // these kinds (most values here are builtin functions and strings):
        // skip the two set lookups for the rest.
        if o.dict == nil && !(o is PyType || o is PyFunction || o is PyMethodWrapper || o is PyProperty
                              || o is AsyncioRuntime) {
            return
        }
        guard !image.contains(ObjectIdentifier(o)), seen.insert(ObjectIdentifier(o)).inserted else { return }
        switch o {
        case let t as PyType:
            guard !t.isBuiltin else { return }
            for member in t.dict?.values ?? [] { release(member, depth: depth + 1, &seen, image) }
            t.detachForTeardown()
        case let f as PyFunction:
            for cell in f.closure {
                if let held = cell.value { release(held, depth: depth + 1, &seen, image) }
                cell.value = nil
            }
            f.defaults = []
            f.kwDefaults = [:]
            f.dict?.removeAll()
        case let w as PyMethodWrapper:
            release(w.function, depth: depth + 1, &seen, image)
        case let p as PyProperty:
            for part in [p.getter, p.setter, p.deleter] { release(part, depth: depth + 1, &seen, image) }
        case let runtime as AsyncioRuntime:
            runtime.teardown()
        case is PyModule:
            return
        default:
            // Instances kept in module globals (asyncio's policy, the loop).
            if let d = o.dict, !o.type.isBuiltin || o is PyLoop {
                for member in d.values { release(member, depth: depth + 1, &seen, image) }
                d.removeAll()
            }
        }
    }
}

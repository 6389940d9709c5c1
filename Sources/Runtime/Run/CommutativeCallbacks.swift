/// asyncio's own done callbacks whose bookkeeping commutes: run in either
/// order, two of them leave the same state, so partial-order reduction
/// need not try both orders (`AccessLog` records their accesses to that
/// bookkeeping as *adds*, which conflict with reads and writes of it but
/// not with each other: `AccessLog.Footprint`).
///
/// Without this, the done callbacks `gather` puts on its children look
/// like they race (each one reads and increments `finished`; the last one
/// completes the outer future), and exploring their orders multiplies the
/// runs by up to n! for n children without ever changing an outcome.
///
/// Each case below is argued on the library source (Lib/asyncio); it
/// applies only when the callback is the library's own function with the
/// library's own receiver, and `AccessLog` drops it if any code of the
/// program runs during the step (a monkeypatched method). Two callbacks
/// the table accepts, both ready in some state, end in the same state in
/// either order and neither disables the other:
///
/// - `gather`'s `_GatherState.child_done(fut)` while the outer future is
///   pending and `fut` ended normally (a result, no exception, not
///   cancelled): it increments `finished` and, if it is the last, completes
///   the outer future with the children's results in argument order (the
///   same list whichever callback builds it) or, if the gather was
///   cancelled, with a CancelledError. Neither depends on the order. A
///   child that raised or was cancelled may set the outer future's
///   exception: which one wins depends on the order, so it is not listed.
/// - `asyncio.wait`'s `_on_completion(f)` with ALL_COMPLETED: decrements
///   `remaining`, and the one that brings it to zero cancels the timeout
///   handle and completes the waiter with None unless it is done. With
///   FIRST_COMPLETED or FIRST_EXCEPTION it is *not* listed: the state after
///   two callbacks is the same in either order, but which of them wakes the
///   waiting task is not, so the task may run before either one; treating
///   the first as its only enabler would hide that (the fuzzing of
///   reduced against plain search found it).
/// - `TaskGroup._on_task_done(task)` for a task that ended normally:
///   removes the task from `_tasks` (removals of distinct keys commute)
///   and, if the group is now empty and the parent waits, completes
///   `_on_completed_fut` with True.
///
/// What they touch outside the listed objects (the callback's own future,
/// a new results list) is recorded as usual, except for one read: the
/// last `child_done` reads every other child's future to build the
/// results, which it does only once every child's callback has run, that
/// is once every child is done, and a done future never changes again.
/// Those reads cannot conflict with anything that may still run in any
/// order with the callback (a child finishing later makes this callback
/// not the last, and then it reads nothing), so they are `settled` and
/// not recorded.
enum CommutativeCallbacks {
    /// What commutes in one callback.
    struct Commutation {
        /// Objects whose accesses are adds.
        var objects: [PyObject]
        /// Objects whose reads are dropped.
        var settled: [PyObject] = []
        /// True when what the callback queues (the outer future's done
        /// callbacks: the gathering task's wakeup) it queues only once every
        /// earlier add of these objects ran (the count reached zero), so
        /// those adds happen before the queued handles.
        var enablesAfterAll: Bool
    }

    /// What commutes in the callback `fn(args...)` about to run, or nil
    /// when it is not one of the cases above.
    static func commutation(_ fn: Value, _ args: [Value]) -> Commutation? {
        guard args.count == 1, case .object(let argument) = args[0], let future = argument as? PyFuture,
              case .object(let callee) = fn else { return nil }
        if let bound = callee as? PyBoundMethod {
            guard case .object(let inner) = bound.function, let function = inner as? PyFunction,
                  case .object(let receiver) = bound.receiver else { return nil }
            switch (module(of: function), function.qualname) {
            case ("asyncio.gathering", "_GatherState.child_done"):
                return gatherChild(receiver, future)
            case ("asyncio.taskgroups", "TaskGroup._on_task_done"):
                return taskGroupChild(receiver, future).map { Commutation(objects: $0, enablesAfterAll: true) }
            default:
                return nil
            }
        }
        if let function = callee as? PyFunction, module(of: function) == "asyncio.waiting",
           function.qualname == "_wait.<locals>._on_completion" {
            return waitCompletion(function)
        }
        return nil
    }

    private static func module(of function: PyFunction) -> String? {
        function.moduleName.stringValue
    }

    private static func endedNormally(_ f: PyFuture) -> Bool {
        f.state == .finished && f.exception == nil
    }

    /// The receiver when it is an instance of the library's class `name`.
    private static func libraryInstance(_ o: PyObject, _ module: String, _ name: String) -> PyObject? {
        o.type.moduleName == module && o.type.name == name && o is PyInstance ? o : nil
    }

    private static func gatherChild(_ receiver: PyObject, _ child: PyFuture) -> Commutation? {
        guard let state = libraryInstance(receiver, "asyncio.gathering", "_GatherState"), endedNormally(child),
              case .object(let o)? = state.dict?.getStr("outer"), let outer = o as? PyFuture,
              outer.state == .pending else { return nil }
        var settled: [PyObject] = []
        if case .object(let list)? = state.dict?.getStr("children"), let children = list as? PyList {
            for case .object(let other) in children.items where other !== child && other is PyFuture {
                settled.append(other)
            }
        }
        return Commutation(objects: [state, outer], settled: settled, enablesAfterAll: true)
    }

    private static func taskGroupChild(_ receiver: PyObject, _ task: PyFuture) -> [PyObject]? {
        guard let group = libraryInstance(receiver, "asyncio.taskgroups", "TaskGroup"), endedNormally(task),
              let dict = group.dict, case .object(let tasks)? = dict.getStr("_tasks"), tasks is PyDict
        else { return nil }
        var objects: [PyObject] = [group, tasks]
        switch dict.getStr("_on_completed_fut") {
        case .object(let f as PyFuture)?: objects.append(f)
        case .none?: break
        default: return nil
        }
        return objects
    }

    /// `asyncio.wait`'s callback, for ALL_COMPLETED only (see above).
    private static func waitCompletion(_ function: PyFunction) -> Commutation? {
        let names = function.code.freeNames
        guard names.count == function.closure.count,
              let remaining = names.firstIndex(of: "remaining"), let waiter = names.firstIndex(of: "waiter"),
              let when = names.firstIndex(of: "return_when"),
              function.closure[when].value?.stringValue == "ALL_COMPLETED",
              case .object(let w)? = function.closure[waiter].value, let waiterFuture = w as? PyFuture
        else { return nil }
        var objects: [PyObject] = [function.closure[remaining], waiterFuture]
        if let timeout = names.firstIndex(of: "timeout_handle"), case .object(let h)? = function.closure[timeout].value {
            objects.append(h)
        }
        return Commutation(objects: objects, enablesAfterAll: true)
    }
}

/// The per-task methods of Lib/asyncio/taskgroups.py's TaskGroup, natively:
/// `create_task` (its common case: entered, not exiting or aborting, no
/// context) and the first half of `_on_task_done` (the child leaves
/// `_tasks`, the exit wait is woken, a child that did not fail is done
/// with); a failed child goes on in Python (`_on_task_error`). The state
/// stays in the group's `__dict__`.
enum TaskGroupState {
    private static let enteredName = Names.shared("_entered")
    private static let exitingName = Names.shared("_exiting")
    private static let abortingName = Names.shared("_aborting")
    private static let loopName = Names.shared("_loop")
    private static let tasksName = Names.shared("_tasks")
    private static let onCompletedName = Names.shared("_on_completed_fut")
    private static let onTaskDoneName = Names.shared("_on_task_done")
    private static let onTaskErrorName = Names.shared("_on_task_error")
    private static let addDoneCallbackName = Names.shared("add_done_callback")
    private static let exceptionName = Names.shared("exception")

    /// A plain dict (its operations are the builtin ones).
    private static func plainDict(_ v: Value) -> PyDict? {
        guard case .object(let o) = v, let d = o as? PyDict, o.type === BuiltinTypes.dict else { return nil }
        return d
    }

    /// `create_task(coro)`, or nil when the Python version must run (it
    /// raises the errors, and handles contexts and other loops).
    static func createTask(_ vm: Interpreter, _ group: PyObject, _ coro: Value, name: Value,
                           _ runtime: AsyncioRuntime) throws -> Value? {
        guard let dict = group.dict,
              let entered = dict.getStr(enteredName), case .bool(true) = entered,
              let aborting = dict.getStr(abortingName), case .bool(false) = aborting,
              let exiting = dict.getStr(exitingName), case .bool(false) = exiting,
              let tasksValue = dict.getStr(tasksName), let tasks = plainDict(tasksValue),
              case .object(let l)? = dict.getStr(loopName), let loop = l as? PyLoop, loop.createsPlainTasks
        else { return nil }
        let task = try loop.createTask(vm, coro)
        if !name.isNone { _ = try vm.callMethod(task, interned: AsyncioNames.setName, [name]) }
        // The class's own `_on_task_done` runs natively (the same steps).
        let callback: Value
        if let native = runtime.taskGroupDoneCallback, runtime.primitives.taskGroupDone?.runsNatively(group.type) ?? false,
           dict.getStr(onTaskDoneName) == nil {
            callback = .object(native.bind(.object(group)))
        } else {
            callback = try vm.getAttribute(.object(group), onTaskDoneName)
        }
        if let future = WaiterOps.future(task, .addDoneCallback) {
            try future.addCallback(vm, .python(callback))
        } else {
            _ = try vm.callMethod(task, interned: addDoneCallbackName, [callback])
        }
        try tasks.set(task, .none, vm)
        return task
    }

    /// `_on_task_done(task)`; false when the Python version must run
    /// (nothing was done then).
    static func taskDone(_ vm: Interpreter, _ group: PyObject, _ taskValue: Value) throws -> Bool {
        guard let dict = group.dict, let tasksValue = dict.getStr(tasksName), let tasks = plainDict(tasksValue),
              let task = WaiterOps.future(taskValue, .cancelled),
              WaiterOps.future(taskValue, .exception) != nil else { return false }
        _ = try tasks.remove(taskValue, vm)
        let completed = try EventState.attr(vm, group, onCompletedName)
        if !completed.isNone && tasks.count == 0, try !WaiterOps.done(vm, completed) {
            try WaiterOps.setResult(vm, completed, .true)
        }
        if task.state == .cancelled { return true }
        guard task.state == .finished else {
            // exception() of a pending task raises; the Python code does too.
            _ = try vm.callMethod(taskValue, interned: exceptionName)
            return true
        }
        task.logTraceback = false
        guard let error = task.exception else { return true }
        _ = try vm.callMethod(.object(group), interned: onTaskErrorName, [taskValue, .object(error)])
        return true
    }
}

/// Interned attribute names the asyncio core looks up from Swift. A name
/// must be one object for the whole process: classes cache lookups by the
/// name object's identity, and a name made per call would add an entry to
/// that cache at every call.
enum AsyncioNames {
    static let asyncioFutureBlocking = Names.shared("_asyncio_future_blocking")
    static let createTask = Names.shared("create_task")
    static let createFuture = Names.shared("create_future")
    static let currentTask = Names.shared("_current_task")
    static let deadlock = Names.shared("_deadlock")
    static let boundLoop = Names.shared("_get_loop")
    static let loopName = Names.shared("_loop")
    static let reportCallbackError = Names.shared("_report_callback_error")
    static let stepName = Names.shared("_step")
    static let waitInfo = Names.shared("_wait_info")
    static let acquire = Names.shared("acquire")
    static let addDoneCallback = Names.shared("add_done_callback")
    static let appendName = Names.shared("append")
    static let cancelName = Names.shared("cancel")
    static let cancelled = Names.shared("cancelled")
    static let clearName = Names.shared("clear")
    static let doneName = Names.shared("done")
    static let exceptionName = Names.shared("exception")
    static let removeDoneCallback = Names.shared("remove_done_callback")
    static let getLoop = Names.shared("get_loop")
    static let getNowait = Names.shared("get_nowait")
    static let popName = Names.shared("pop")
    static let popleft = Names.shared("popleft")
    static let putNowait = Names.shared("put_nowait")
    static let release = Names.shared("release")
    static let removeName = Names.shared("remove")
    static let resultName = Names.shared("result")
    static let sendName = Names.shared("send")
    static let setName = Names.shared("set_name")
    static let setResult = Names.shared("set_result")
    static let taskWakeup = Names.shared("task_wakeup")
    static let throwName = Names.shared("throw")
}

extension Interpreter {
    /// `obj.name(*args)` with an interned name (see `AsyncioNames`). A
    /// function found on the class (and not shadowed by the instance) is
    /// called with `obj` first, as the VM's method calls do, without making
    /// a bound method.
    func callMethod(_ obj: Value, interned name: PyStr, _ args: [Value] = []) throws -> Value {
        if let method = unboundMethod(obj, name) {
            var all = [obj]
            all.reserveCapacity(args.count + 1)
            all.append(contentsOf: args)
            return try call(method, all)
        }
        return try call(getAttribute(obj, name), args)
    }
}

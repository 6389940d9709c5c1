/// Interned attribute names the asyncio core looks up from Swift. A name
/// must be one object for the whole process: classes cache lookups by the
/// name object's identity, and a name made per call would add an entry to
/// that cache at every call.
enum AsyncioNames {
    static let asyncioFutureBlocking = Names.intern("_asyncio_future_blocking")
    static let createTask = Names.intern("create_task")
    static let createFuture = Names.intern("create_future")
    static let currentTask = Names.intern("_current_task")
    static let deadlock = Names.intern("_deadlock")
    static let boundLoop = Names.intern("_get_loop")
    static let loopName = Names.intern("_loop")
    static let reportCallbackError = Names.intern("_report_callback_error")
    static let stepName = Names.intern("_step")
    static let waitInfo = Names.intern("_wait_info")
    static let acquire = Names.intern("acquire")
    static let addDoneCallback = Names.intern("add_done_callback")
    static let appendName = Names.intern("append")
    static let cancelName = Names.intern("cancel")
    static let cancelled = Names.intern("cancelled")
    static let clearName = Names.intern("clear")
    static let doneName = Names.intern("done")
    static let exceptionName = Names.intern("exception")
    static let removeDoneCallback = Names.intern("remove_done_callback")
    static let getLoop = Names.intern("get_loop")
    static let getNowait = Names.intern("get_nowait")
    static let popName = Names.intern("pop")
    static let popleft = Names.intern("popleft")
    static let putNowait = Names.intern("put_nowait")
    static let release = Names.intern("release")
    static let removeName = Names.intern("remove")
    static let resultName = Names.intern("result")
    static let sendName = Names.intern("send")
    static let setName = Names.intern("set_name")
    static let setResult = Names.intern("set_result")
    static let taskWakeup = Names.intern("task_wakeup")
    static let throwName = Names.intern("throw")
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

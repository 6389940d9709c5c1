/// "Task exception was never retrieved": CPython's Future.__del__ calls the
/// loop's exception handler when a future or task whose exception nobody
/// retrieved is freed (the default handler writes the report to stderr; a
/// program's `loop.set_exception_handler` handler gets the context).
///
/// DESIGN: a native future's deinit cannot run Python, so it hands what
/// the report needs (exception, loop, a task's name and coroutine) to an
/// instance of Lib/asyncio/tasks.py's `_CollectedTask`/`_CollectedFuture`
/// (whose repr is the task's), and the interpreter calls that heir's
/// `__del__` at the next instruction boundary, as for any `__del__`
/// (Memory/InstanceFinalizers.swift). While a trace is recorded the loop
/// keeps failed tasks alive until it closes and reports them as trace
/// warnings instead (unchanged).
enum FutureFinalization {
    static func handOver(_ f: PyFuture) {
        guard let exc = f.exception, let loop = f.loop, !loop.tracing,
              let vm = WeakCallbacks.currentInterpreter,
              let module = vm.modules["asyncio.tasks"] else { return }
        let task = f as? PyTask
        guard let cls = module.namespace.getStr(task != nil ? "_CollectedTask" : "_CollectedFuture")?.object as? PyType
        else { return }
        let heir = PyInstance(of: cls)
        heir.identitySerial = f.identitySerial
        heir.dict?.setStr("_exception", .object(exc))
        heir.dict?.setStr("_loop", .object(loop))
        if let task {
            heir.dict?.setStr("_name", task.name)
            heir.dict?.setStr("_coro", task.coro)
        }
        vm.scheduleDelCall(heir)
    }
}

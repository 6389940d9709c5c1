/// The Python-visible methods and attributes of the native Task (names,
/// arguments and errors follow Lib/asyncio/tasks.py).
enum TaskMethods {
    static func install(_ t: PyType) {
        t.defineNew { _, cls, _ in .object(PyTask(type: cls)) }
        t.defineMethod("__init__") { vm, a in
            let s = try a.bind("Task", ["coro", "loop", "name", "context", "_internal"], required: 1,
                               maxPositional: 1, skipSelf: 1)
            let task = try AsyncioTypes.task(a[0], "__init__")
            try task.initialize(vm, coro: s[0] ?? .none, loop: s[1], name: s[2],
                                internal: try s[4].map { try vm.isTruthy($0) } ?? false)
            return .none
        }
        t.defineMethod("get_coro") { _, a in try AsyncioTypes.task(a[0], "get_coro").coro }
        t.defineMethod("get_name") { vm, a in
            let task = try AsyncioTypes.task(a[0], "get_name")
            if let log = vm.accessLog { log.attributeState(task, "_name", write: false) }
            return task.name
        }
        t.defineMethod("set_name") { vm, a in
            try a.check("set_name", min: 2, max: 2, skipSelf: 1)
            let task = try AsyncioTypes.task(a[0], "set_name")
            if let log = vm.accessLog { log.attributeState(task, "_name", write: true) }
            task.name = .str(try vm.str(a[1]))
            if let loop = task.loop, loop.tracing {
                try loop.emit(vm, "rename", task: task, coro: nil,
                              fields: [("name", .string(task.nameText))])
            }
            return .none
        }
        t.defineMethod("cancel") { vm, a in
            let s = try a.bind("cancel", ["msg"], required: 0, skipSelf: 1)
            return .bool(try AsyncioTypes.task(a[0], "cancel").cancel(vm, message: s[0] ?? .none))
        }
        t.defineMethod("cancelling") { _, a in .int(try AsyncioTypes.task(a[0], "cancelling").cancelRequests) }
        t.defineMethod("uncancel") { _, a in
            let task = try AsyncioTypes.task(a[0], "uncancel")
            if task.cancelRequests > 0 { task.cancelRequests -= 1 }
            return .int(task.cancelRequests)
        }
        t.defineMethod("set_result") { _, _ in
            throw PyError.runtimeError("Task does not support set_result operation")
        }
        t.defineMethod("set_exception") { _, _ in
            throw PyError.runtimeError("Task does not support set_exception operation")
        }
        t.defineMethod("_step") { vm, a in
            try a.check("_step", min: 1, max: 2, skipSelf: 1)
            let error = a.count > 1 ? a[1].object as? PyException : nil
            try AsyncioTypes.task(a[0], "_step").step(vm, error)
            return .none
        }
        t.defineMethod("task_wakeup") { vm, a in
            try a.check("task_wakeup", min: 2, max: 2, skipSelf: 1)
            try AsyncioTypes.task(a[0], "task_wakeup").wakeup(vm, by: a[1])
            return .none
        }
        func task(_ a: Args) throws -> PyTask { try AsyncioTypes.task(a[0], "attribute") }
        t.defineProperty("_coro", get: { _, a in try task(a).coro })
        t.defineProperty("_name", get: { _, a in try task(a).name })
        t.defineProperty("_id", get: { _, a in .int(try task(a).id) })
        t.defineProperty("_fut_waiter", get: { _, a in try task(a).waiter ?? .none })
        t.defineProperty("_must_cancel", get: { _, a in .bool(try task(a).mustCancel) },
                         set: { vm, a in try task(a).mustCancel = try vm.isTruthy(a[1]); return .none })
        t.defineProperty("_num_cancels_requested", get: { _, a in .int(try task(a).cancelRequests) })
        t.defineProperty("_log_destroy_pending", get: { _, a in .bool(try task(a).logDestroyPending) },
                         set: { vm, a in try task(a).logDestroyPending = try vm.isTruthy(a[1]); return .none })
    }
}

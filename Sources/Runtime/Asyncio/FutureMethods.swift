/// The Python-visible methods and attributes of the native Future (and of
/// the iterator `await future` drives). Names, arguments and errors follow
/// Lib/asyncio/futures.py.
enum FutureMethods {
    static func install(_ t: PyType) {
        t.defineNew { _, cls, _ in .object(PyFuture(type: cls)) }
        t.defineMethod("__init__") { vm, a in
            let s = try a.bind("Future", ["loop"], required: 0, maxPositional: 0, skipSelf: 1)
            try AsyncioTypes.future(a[0], "__init__").initialize(vm, loop: s[0])
            return .none
        }
        t.defineClassMethod("__class_getitem__") { _, a in a[0] }
        t.defineMethod("get_loop") { _, a in
            try a.check("Future.get_loop", min: 1, max: 1, skipSelf: 1)
            return .object(try AsyncioTypes.future(a[0], "get_loop").boundLoop())
        }
        t.defineMethod("done") { vm, a in
            try a.check("Future.done", min: 1, max: 1, skipSelf: 1)
            let f = try AsyncioTypes.future(a[0], "done")
            if let log = vm.accessLog { log.state(f, write: false) }
            return .bool(f.isDone)
        }
        t.defineMethod("cancelled") { vm, a in
            try a.check("Future.cancelled", min: 1, max: 1, skipSelf: 1)
            let f = try AsyncioTypes.future(a[0], "cancelled")
            if let log = vm.accessLog { log.state(f, write: false) }
            return .bool(f.state == .cancelled)
        }
        t.defineMethod("result") { vm, a in
            try a.check("Future.result", min: 1, max: 1, skipSelf: 1)
            return try AsyncioTypes.future(a[0], "result").resultValue(vm)
        }
        t.defineMethod("exception") { vm, a in
            try a.check("Future.exception", min: 1, max: 1, skipSelf: 1)
            let f = try AsyncioTypes.future(a[0], "exception")
            if let log = vm.accessLog { log.state(f, write: false) }
            switch f.state {
            case .cancelled: throw PyError(f.makeCancelledError(vm))
            case .pending: throw AsyncioRuntime.invalidState(vm, "Exception is not set.")
            case .finished:
                f.logTraceback = false
                return f.exception.map { .object($0) } ?? .none
            }
        }
        t.defineMethod("cancel") { vm, a in
            let s = try a.bind("cancel", ["msg"], required: 0, skipSelf: 1)
            return .bool(try AsyncioTypes.future(a[0], "cancel").cancel(vm, message: s[0] ?? .none))
        }
        t.defineMethod("set_result") { vm, a in
            try a.check("Future.set_result", min: 2, max: 2, skipSelf: 1)
            try AsyncioTypes.future(a[0], "set_result").setResult(vm, a[1])
            return .none
        }
        t.defineMethod("set_exception") { vm, a in
            try a.check("Future.set_exception", min: 2, max: 2, skipSelf: 1)
            try AsyncioTypes.future(a[0], "set_exception").setException(vm, a[1])
            return .none
        }
        t.defineMethod("add_done_callback") { vm, a in
            let s = try a.bind("add_done_callback", ["fn", "context"], required: 1, maxPositional: 1, skipSelf: 1)
            try AsyncioTypes.future(a[0], "add_done_callback").addCallback(vm, .python(s[0] ?? .none))
            return .none
        }
        t.defineMethod("remove_done_callback") { vm, a in
            try a.check("remove_done_callback", min: 2, max: 2, skipSelf: 1)
            let f = try AsyncioTypes.future(a[0], "remove_done_callback")
            if let log = vm.accessLog { log.state(f, write: true) }
            var kept: [PyFuture.Callback] = []
            let all = f.allCallbacks
            for callback in all {
                if case .python(let fn) = callback, try vm.equals(fn, a[1]) { continue }
                kept.append(callback)
            }
            let removed = all.count - kept.count
            if removed > 0 { f.setCallbacks(kept) }
            return .int(removed)
        }
        t.defineMethod("_make_cancelled_error") { vm, a in
            .object(try AsyncioTypes.future(a[0], "_make_cancelled_error").makeCancelledError(vm))
        }
        t.defineMethod("_wait_info") { vm, a in
            let f = try AsyncioTypes.future(a[0], "_wait_info")
            guard let runtime = f.loop?.runtime ?? AsyncioRuntime.of(vm) else { return .none }
            return try runtime.describe(vm, f).pythonValue()
        }
        let awaitMethod: NativeFunction = { _, a in
            .object(PyFutureIterator(try AsyncioTypes.future(a[0], "__await__")))
        }
        t.defineMethod("__await__", awaitMethod)
        t.defineMethod("__iter__", awaitMethod)
        installProperties(t)
    }

    private static func installProperties(_ t: PyType) {
        func future(_ a: Args) throws -> PyFuture { try AsyncioTypes.future(a[0], "attribute") }
        // Reads of the state the access log tracks (`AccessLog.state`).
        func read(_ vm: Interpreter, _ a: Args) throws -> PyFuture {
            let f = try future(a)
            if let log = vm.accessLog { log.state(f, write: false) }
            return f
        }
        t.defineProperty("_state", get: { vm, a in .str(try read(vm, a).stateName) })
        t.defineProperty("_result", get: { vm, a in try read(vm, a).result })
        t.defineProperty("_exception", get: { vm, a in try read(vm, a).exception.map { .object($0) } ?? .none })
        t.defineProperty("_loop", get: { _, a in try future(a).loop.map { .object($0) } ?? .none })
        t.defineProperty("_callbacks", get: { vm, a in
            let f = try future(a)
            var items: [Value] = []
            for callback in f.allCallbacks {
                switch callback {
                case .python(let fn): items.append(.object(PyTuple([fn, .none])))
                case .wakeup(let task):
                    items.append(.object(PyTuple([try vm.getAttribute(.object(task), AsyncioNames.taskWakeup), .none])))
                }
            }
            return .object(PyList(items))
        })
        t.defineProperty("_cancel_message", get: { _, a in try future(a).cancelMessage },
                         set: { _, a in try future(a).cancelMessage = a[1]; return .none })
        t.defineProperty("_cancelled_exc", get: { _, a in try future(a).cancelledError.map { .object($0) } ?? .none },
                         set: { _, a in try future(a).cancelledError = a[1].object as? PyException; return .none })
        t.defineProperty("_asyncio_future_blocking", get: { _, a in .bool(try future(a).blocking) },
                         set: { vm, a in try future(a).blocking = try vm.isTruthy(a[1]); return .none })
        t.defineProperty("_log_tb", get: { _, a in .bool(try future(a).logTraceback) },
                         set: { vm, a in try future(a).logTraceback = try vm.isTruthy(a[1]); return .none })
        t.defineProperty("_log_traceback", get: { _, a in .bool(try future(a).logTraceback) },
                         set: { vm, a in
                             if try vm.isTruthy(a[1]) {
                                 throw PyError.valueError("_log_traceback can only be set to False")
                             }
                             try future(a).logTraceback = false
                             return .none
                         })
        t.defineProperty("_blocker", get: { _, a in try future(a).blockerValue },
                         set: { _, a in try future(a).blockerValue = a[1]; return .none })
        t.defineProperty("_source_traceback", get: { _, _ in .none })
    }

    static func installIterator(_ t: PyType) {
        func iterator(_ a: Args) throws -> PyFutureIterator {
            guard case .object(let o) = a[0], let it = o as? PyFutureIterator else {
                throw PyError.typeError("expected a FutureIter")
            }
            return it
        }
        func step(_ s: GeneratorStep) throws -> Value {
            switch s {
            case .yielded(let v): return v
            case .returned(let v): throw PyError.stopIteration(v)
            }
        }
        t.defineMethod("__iter__") { _, a in a[0] }
        t.defineMethod("__await__") { _, a in a[0] }
        t.defineMethod("__next__") { vm, a in try step(iterator(a).send(vm, .none)) }
        t.defineMethod("send") { vm, a in
            try a.check("send", min: 2, max: 2, skipSelf: 1)
            return try step(iterator(a).send(vm, a[1]))
        }
        t.defineMethod("throw") { vm, a in
            try a.check("throw", min: 2, max: 4, skipSelf: 1)
            var value = a[1]
            if case .object(let o) = value, o is PyType { value = try vm.call(value, []) }
            guard let exc = value.object as? PyException else {
                throw PyError.typeError("exceptions must derive from BaseException")
            }
            return try step(iterator(a).throwInto(vm, exc))
        }
        t.defineMethod("close") { _, _ in .none }
    }
}

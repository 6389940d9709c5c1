/// `sys.get_asyncgen_hooks()` and `sys.set_asyncgen_hooks(firstiter,
/// finalizer)`: the per-run hooks asyncio's loop installs while it runs
/// (`Interpreter.asyncgenFirstIter`/`asyncgenFinalizer`, also reached
/// through `_interleave`), with CPython 3.11's argument checks and the
/// `asyncgen_hooks` structseq from Lib/_sysinfo.py.
enum SysAsyncGenHooks {
    static func install(into m: PyModule, _ vm: Interpreter) {
        m.addFunction("get_asyncgen_hooks") { vm, a in
            try a.check("get_asyncgen_hooks", min: 0, max: 0)
            let pair = Value.object(PyTuple([vm.asyncgenFirstIter ?? .none, vm.asyncgenFinalizer ?? .none]))
            guard let info = vm.modules["_sysinfo"] ?? (try? vm.importModule("_sysinfo")),
                  let type = info.namespace.getStr("asyncgen_hooks") else { return pair }
            return try vm.call(type, [pair])
        }
        m.addFunction("set_asyncgen_hooks") { vm, a in
            for k in a.keywords where k.name != "firstiter" && k.name != "finalizer" {
                throw PyError.typeError("'\(k.name)' is an invalid keyword argument for this function")
            }
            if a.count > 2 { throw PyError.typeError("function takes at most 2 arguments (\(a.count) given)") }
            let firstiter = a.count > 0 ? a[0] : a.keyword("firstiter")
            let finalizer = a.count > 1 ? a[1] : a.keyword("finalizer")
            // CPython sets the finalizer before it checks firstiter.
            if let f = finalizer {
                if !f.isNone && !vm.isCallable(f) {
                    throw PyError.typeError("callable finalizer expected, got \(f.type.name)")
                }
                vm.asyncgenFinalizer = f.isNone ? nil : f
            }
            if let f = firstiter {
                if !f.isNone && !vm.isCallable(f) {
                    throw PyError.typeError("callable firstiter expected, got \(f.type.name)")
                }
                vm.asyncgenFirstIter = f.isNone ? nil : f
            }
            return .none
        }
    }
}

/// `sys.displayhook` / `sys.__displayhook__`: what the interactive
/// interpreter calls with an expression statement's value. The default
/// hook ignores None, else sets `builtins._` to None, writes `repr(value)`
/// and a newline to the current `sys.stdout` (a redirection included), and
/// sets `builtins._` to the value, as CPython's does.
enum SysDisplayHook {
    static func install(into m: PyModule) {
        m.addFunction("displayhook") { vm, a in
            try a.check("sys.displayhook", min: 1, max: 1)
            let value = a[0]
            if value.isNone { return .none }
            vm.builtins.setStr("_", .none)
            let text = try vm.repr(value)
            guard let sys = vm.modules["sys"], let out = sys.namespace.getStr("stdout"), !out.isNone else {
                throw PyError.runtimeError("lost sys.stdout")
            }
            _ = try vm.callMethod(out, "write", [try vm.newStr(text + "\n")])
            vm.builtins.setStr("_", value)
            return .none
        }
        if let hook = m.namespace.getStr("displayhook") { m.add("__displayhook__", hook) }
    }
}

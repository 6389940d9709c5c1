/// `__call__` on the builtin callable types (functions, bound methods,
/// builtin functions), as CPython's tp_call slot shows it: `f.__call__(x)`
/// is `f(x)`, and `hasattr(f, "__call__")` is true (unittest.mock's class
/// decorator picks the methods to patch that way). Calls themselves never
/// go through it.
enum CallableDunders {
    static func install() {
        for type in [BuiltinTypes.function, BuiltinTypes.method, BuiltinTypes.builtinFunction] {
            let typeName = type.name
            type.defineMethod("__call__") { vm, a in
                guard let callee = a.positional.first else {
                    throw PyError.typeError("descriptor '__call__' of '\(typeName)' object needs an argument")
                }
                return try vm.call(callee, Args(Array(a.positional.dropFirst()), keywords: a.keywords))
            }
        }
    }
}

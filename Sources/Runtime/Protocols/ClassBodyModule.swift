extension Interpreter {
    /// The `__module__` a class body starts with. CPython compiles
    /// `__module__ = __name__` at the top of every class body, a `LOAD_NAME`:
    /// the namespace `__prepare__` returned first, then the defining
    /// function's globals, then the builtins (`exec('class C: pass', {})`
    /// gives `'builtins'`); none of them is a NameError.
    func classBodyModuleName(_ ns: PyDict, globals: PyDict) throws -> Value {
        if ns.typeStorage == nil {
            if let v = ns.getStr(Names.name) { return v }
        } else {
            do {
                return try getItem(.object(ns), .object(Names.name))
            } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.keyError) {}
        }
        if let v = globals.getStr(Names.name) ?? builtins.getStr(Names.name) { return v }
        throw nameError(Names.name.value)
    }
}

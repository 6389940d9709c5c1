/// The `__main__` module a program runs in.
extension Interpreter {
    /// A `__main__` module for the program in `filename`, with the names
    /// the conformance oracle's CPython gives it (`runpy.run_path(path,
    /// run_name="__main__")`), in its order, which `dir()`, `globals()` and
    /// `__spec__ is None` checks see: `__doc__` (a docstring replaces it
    /// when the module runs), `__package__` (''), `__loader__`, `__spec__`,
    /// `__file__`, `__cached__` (None), `__builtins__`.
    func makeMainModule(filename: String) -> PyModule {
        let main = PyModule(name: "__main__")
        let ns = main.namespace
        ns.setStr("__doc__", .none)
        ns.setStr("__package__", .str(""))
        ns.setStr("__loader__", .none)
        ns.setStr("__spec__", .none)
        ns.setStr("__file__", .str(filename))
        ns.setStr("__cached__", .none)
        ns.setStr("__builtins__", .object(builtinsModule))
        return main
    }
}

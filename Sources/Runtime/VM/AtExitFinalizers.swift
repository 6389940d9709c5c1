extension Interpreter {
    /// What CPython's `atexit` does for `weakref.finalize` before the
    /// interpreter tears its modules down: every finalizer still alive whose
    /// `atexit` is true runs, newest first (`finalize._exitfunc` in
    /// Lib/weakref.py, which reports a failing callback through
    /// `sys.excepthook` and goes on). Nothing runs when the program never
    /// imported weakref.
    func runAtExitFinalizers() throws {
        guard let weakref = modules["weakref"], let finalize = weakref.dict?.getStr(Self.finalizeName),
              let exitFunc = try lookupAttribute(finalize, Self.exitFuncName) else { return }
        _ = try call(exitFunc, [])
    }

    private static let finalizeName = Names.intern("finalize")
    private static let exitFuncName = Names.intern("_exitfunc")
}

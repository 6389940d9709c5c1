/// The process exit status of a run that ended on an uncaught `SystemExit`,
/// computed as CPython does from the exception's code. The trace carries the
/// code as the error message (`str(code)`), so that is what is read here.
public enum SystemExitStatus {
    /// `None` or no argument -> 0; an int -> itself, bools included
    /// (`sys.exit(False)` is 0: `unittest.main()` exits with
    /// `not result.wasSuccessful()`); anything else -> 1.
    public static func status(message: String) -> Int32 {
        switch message {
        case "", "None", "False": return 0
        case "True": return 1
        default: return Int32(message) ?? 1
        }
    }

    /// The status of `trace`'s run when it ended on an uncaught SystemExit,
    /// nil when it did not.
    public static func status(of trace: Trace) -> Int32? {
        guard trace.status == .exception, let error = trace.error, error.type == "SystemExit" else { return nil }
        return status(message: error.message)
    }
}

/// The process exit status of a run that ended on an uncaught `SystemExit`
/// (or a subclass), computed as CPython does from the exception's code: the
/// run records it (`TraceError.systemExitStatus`); a trace decoded from JSON
/// carries the code only as the error message (`str(code)`), read here.
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
        guard trace.status == .exception, let error = trace.error else { return nil }
        // A run's own error knows its status (a subclass of SystemExit too);
        // a decoded trace has only the type's name and the message.
        if let known = error.systemExitStatus { return Int32(truncatingIfNeeded: known) }
        guard error.type == "SystemExit" else { return nil }
        return status(message: error.message)
    }
}

/// The RuntimeWarning CPython writes to stderr for a coroutine that was
/// never awaited (the classic forgotten `await`), besides the trace's
/// `never-awaited` warning.
///
/// DESIGN: CPython emits it through the `warnings` machinery while the
/// coroutine is deallocated; here the coroutine's deinit may run in the
/// middle of an instruction, where no Python code can run, so the text is
/// written directly, in CPython's format, once per location (the default
/// filter's "default" action). A program's own `warnings` filters do not
/// silence it.
extension Interpreter {
    /// Writes `file:line: RuntimeWarning: coroutine 'name' was never
    /// awaited`, the source line and CPython's tracemalloc hint to stderr,
    /// for the innermost line of the program's own code.
    func warnNeverAwaited(_ qualname: String) {
        guard let sink = stderrSink else { return }
        let frame = frameStack.innermost { sourceLines[$0.code.filename] != nil }
        let filename = frame?.code.filename ?? "sys"
        let line = frame?.currentLine ?? 1
        let message = "coroutine '\(qualname)' was never awaited"
        guard shownWarnings.insert("\(filename):\(line):\(message)").inserted else { return }
        var text = "\(filename):\(line): RuntimeWarning: \(message)\n"
        if let lines = sourceLines[filename], line >= 1, line <= lines.count {
            let source = lines[line - 1].trimmingCharacters(in: " \t")
            if !source.isEmpty { text += "  \(source)\n" }
        }
        text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        sink(text)
    }
}

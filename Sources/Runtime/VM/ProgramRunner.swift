import Script

/// The outcome of running one program to the end.
public struct RunOutcome {
    /// How the run ended.
    public enum Status: String {
        case completed, exception, limit, deadlock, syntaxError
    }
    /// How the run ended.
    public var status: Status
    /// Everything the program printed.
    public var stdout: String
    /// The uncaught exception, if any.
    public var exception: PyException?
    /// CPython-style traceback text (or SyntaxError report) for stderr.
    public var errorText: String?
    /// The limit that stopped the run, if any.
    public var limit: LimitExceeded?
    /// The compile error, if the program did not compile.
    public var syntaxError: SyntaxError?
    /// Diagnostics the program's library wrote (e.g. "Task exception was never retrieved").
    public var stderr: String = ""
    /// Deadlock report (the wait-for graph as text), if any.
    public var deadlock: String?
}

/// Raised by `_interleave.deadlock(graph)`: the scheduler found no runnable task.
public struct DeadlockDetected: Error {
    /// The wait-for graph as given by the library.
    public let graph: Value
}

/// Compiles and runs a whole program (the engine behind `interleave run`).
public enum ProgramRunner {
    /// Runs `source` as `__main__`. `configure` can install hooks on the
    /// interpreter (trace sinks, extra modules) before the program starts.
    /// `compiled`: the program's code, already compiled from `source`
    /// (exploration compiles once for all its runs).
    public static func run(source: String, filename: String, limits: Limits = Limits(),
                           compiled: CodeObject? = nil, compiledLines: [String]? = nil,
                           configure: ((Interpreter) -> Void)? = nil) -> RunOutcome {
        let code: CodeObject
        if let compiled {
            code = compiled
        } else {
            let module: Module
            do {
                module = try Parser.parse(source, filename: filename)
            } catch let e as SyntaxError {
                return syntaxOutcome(e, source)
            } catch {
                return RunOutcome(status: .syntaxError, stdout: "", errorText: "SyntaxError: \(error)\n")
            }
            do {
                code = try Compiler.compile(module, filename: filename)
            } catch let e as SyntaxError {
                return syntaxOutcome(e, source)
            } catch {
                return RunOutcome(status: .syntaxError, stdout: "", errorText: "SyntaxError: \(error)\n")
            }
        }
        let vm = Interpreter(limits: limits)
        // Long instructions past the deadline end the run too (VM/DeadlineWatchdog.swift).
        let watchdog = DeadlineWatchdog(vm)
        defer { watchdog.stop() }
        // stderr is kept up to the output limit's size (a flood of writes
        // to sys.stderr must not grow the run's memory without bound); the
        // rest is dropped and counted in a last line.
        var stderrText = ""
        var stderrDropped = 0
        vm.stderrSink = { text in
            let room = limits.outputBytes - stderrText.utf8.count
            if text.utf8.count <= room {
                stderrText += text
            } else {
                if room > 0 { stderrText += String(decoding: text.utf8.prefix(room), as: UTF8.self) }
                stderrDropped += text.utf8.count - max(0, room)
            }
        }
        configure?(vm)
        let main = vm.makeMainModule(filename: filename)
        vm.modules["__main__"] = main
        let sourceLines = compiledLines ?? source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        vm.sourceLines[filename] = sourceLines
        var outcome: RunOutcome
        do {
            // The program's frames start as deep as CPython's do under the
            // conformance oracle, which runs it through runpy: a recursion
            // reaches the same depth and a traceback repeats its line the
            // same number of times (`Interpreter.hostFrames`).
            vm.depth += Interpreter.hostFrames
            defer { vm.depth -= Interpreter.hostFrames }
            _ = try vm.runModuleCode(code, main.namespace)
            try vm.runAtExitFinalizers()
            try vm.finalizeAtExit(main.namespace)
            outcome = RunOutcome(status: .completed, stdout: vm.output)
        } catch let e as PyError {
            // CPython prints no traceback for an uncaught SystemExit, only a
            // non-int, non-None code (its str) on stderr.
            vm.limitWhileReporting = nil
            let isExit = e.exception.type.isSubtype(of: BuiltinTypes.systemExit)
            var text = capped(isExit
                ? systemExitText(e.exception, vm)
                : TracebackFormatter(vm: vm, mainFile: filename, mainLines: sourceLines).format(e.exception),
                              to: limits.outputBytes)
            if !isExit {
                // A replaced sys.excepthook prints instead; a limit it hits ends the run.
                do {
                    if let hooked = try SysExceptHook.runProgramHook(vm, e.exception, original: text) {
                        text = capped(hooked, to: limits.outputBytes)
                    }
                } catch let l as LimitExceeded {
                    vm.limitWhileReporting = l
                } catch {}
            }
            // CPython finalizes after printing the traceback; a limit hit
            // by a finalizer only cuts the finalizers short.
            try? vm.runAtExitFinalizers()
            try? vm.finalizeAtExit(main.namespace)
            if let l = vm.limitWhileReporting {
                outcome = RunOutcome(status: .limit, stdout: vm.output,
                                     errorText: "limit exceeded: \(l.name) (\(l.value))\n", limit: l)
            } else {
                outcome = RunOutcome(status: .exception, stdout: vm.output, exception: e.exception, errorText: text)
            }
        } catch let l as LimitExceeded {
            outcome = RunOutcome(status: .limit, stdout: vm.output,
                                 errorText: "limit exceeded: \(l.name) (\(l.value))\n", limit: l)
        } catch let d as DeadlockDetected {
            let graph = (try? vm.repr(d.graph)) ?? "?"
            outcome = RunOutcome(status: .deadlock, stdout: vm.output, errorText: "deadlock: \(graph)\n")
            outcome.deadlock = graph
        } catch {
            outcome = RunOutcome(status: .exception, stdout: vm.output, errorText: "internal error: \(error)\n")
        }
        if stderrDropped > 0 {
            stderrText += "\ninterleave: \(stderrDropped) more bytes of stderr dropped (over \(limits.outputBytes))\n"
        }
        outcome.stderr = stderrText
        return outcome
    }

    /// `text` cut to its first `limit` bytes, saying how much was cut (an
    /// exception whose message is 100 MB must not be copied into every
    /// report of the run).
    static func capped(_ text: String, to limit: Int) -> String {
        let bytes = text.utf8.count
        guard bytes > limit else { return text }
        return String(decoding: text.utf8.prefix(limit), as: UTF8.self)
            + "\ninterleave: \(bytes - limit) more bytes of the traceback dropped (over \(limit))\n"
    }

    /// The process exit status CPython uses for an uncaught exception `e`:
    /// a `SystemExit`'s code (None -> 0, an int -> itself, else 1), nil for
    /// any other exception.
    public static func systemExitStatus(_ e: PyException) -> Int? {
        guard e.type.isSubtype(of: BuiltinTypes.systemExit) else { return nil }
        guard e.args.count == 1 else { return e.args.isEmpty ? 0 : 1 }
        if case .none = e.args[0] { return 0 }
        if case .bool(let b) = e.args[0] { return b ? 1 : 0 }   // an int too (`sys.exit(not ok)`)
        guard let code = e.args[0].bigIntValue else { return 1 }
        // A code beyond a C long is -1 to CPython (status 255).
        return Int(exactly: code) ?? -1
    }

    /// What an uncaught `SystemExit` writes to stderr: nothing for a `None`
    /// or int code, else `str(code)` and a newline.
    static func systemExitText(_ e: PyException, _ vm: Interpreter) -> String {
        let code: Value = e.args.count == 1 ? e.args[0] : e.args.isEmpty ? .none : .object(PyTuple(e.args))
        if case .none = code { return "" }
        if code.bigIntValue != nil { return "" }
        if case .bool = code { return "" }
        do {
            return try vm.str(code) + "\n"
        } catch let limit as LimitExceeded {
            vm.limitWhileReporting = vm.limitWhileReporting ?? limit
            return "\n"
        } catch {
            return "\n"
        }
    }

    static func syntaxOutcome(_ e: SyntaxError, _ source: String) -> RunOutcome {
        // Drawn as a run-time SyntaxError is (SyntaxErrorReport): carets over
        // the node's span, end positions only for SyntaxError itself.
        let line = e.text ?? source.split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst(max(0, e.line - 1)).first.map(String.init)
        let spans = e.kind == .syntaxError
        let fields = SyntaxErrorReport.Fields(message: .none, filename: e.filename, lineno: e.line, offset: e.column,
                                              endLineno: spans ? e.endLine ?? e.line : e.line,
                                              endOffset: spans ? e.endColumn ?? -1 : -1, text: line)
        var text = SyntaxErrorReport.location(fields, prefix: "")
        text += "\(e.kind.rawValue): \(e.message)\n"
        return RunOutcome(status: .syntaxError, stdout: "", errorText: text, syntaxError: e)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

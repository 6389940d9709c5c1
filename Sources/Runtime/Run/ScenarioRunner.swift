import Foundation

/// The one entry point that turns a `Scenario` into a `Trace`: used by
/// `interleave run --trace`, `POST /api/run` and schedule exploration.
/// Compile errors come back as `CompileFailure` (HTTP 422, exit status 2);
/// every run that started yields a trace, whatever its status.
public enum ScenarioRunner {
    /// Compiles and runs `scenario`; never throws, never crashes on input.
    public static func run(_ scenario: Scenario) -> Result<Trace, CompileFailure> {
        let run = execute(scenario, warm: WarmStarts.image(for: scenario))
        returnFreedMemory(afterPeak: run.heapPeak)
        return run.result
    }

    /// A run's objects are freed on its own thread, into that thread's
    /// malloc arena, where another worker cannot reuse them: after a run
    /// whose heap grew past a few MiB, hand the free pages back to the
    /// system, so the server's resident size returns near its baseline.
    /// Called once the run's objects are gone (after `execute` returned).
    static func returnFreedMemory(afterPeak peak: Int) {
        if peak > 8 << 20 { HeapMeter.returnFreedPages() }
    }

    /// `run`, plus the number of ready handles at each recorded choice point
    /// (parallel to the trace's `schedule`): what exploration branches on.
    ///
    /// Without `log` (reduced exploration passes its own) the run records a
    /// log for the race detector, whose findings join the trace's warnings,
    /// unless `detectRaces` is false (exploration's plain and random runs,
    /// which only need the outcome).
    ///
    /// The race detector runs only when the trace is recorded (the API, and
    /// `interleave run --trace`): its warnings belong to the trace, and its
    /// bookkeeping made switch-heavy programs up to 5x slower, which a plain
    /// `interleave run` (whose output must match CPython's) does not pay.
    ///
    /// With `warm` (exploration), the run starts from that library image
    /// when it can (Warm/WarmImage.swift) and gives it back restored; with
    /// `program`, it runs that compiled code (Warm/CompiledProgram.swift).
    static func execute(_ scenario: Scenario, log explorationLog: AccessLog? = nil, detectRaces requested: Bool = true,
                        warm: WarmImage? = nil, program: CompiledProgram? = nil)
        -> (result: Result<Trace, CompileFailure>, readyCounts: [Int], heapPeak: Int) {
        let detectRaces = requested && scenario.recordEvents
        let log = explorationLog ?? AccessLog(userFilename: scenario.filename, recordUser: detectRaces)
        if explorationLog == nil && detectRaces && scenario.recordEvents { log.choicePoints = ChoicePoints(filename: scenario.filename) }
        let started = DispatchTime.now().uptimeNanoseconds
        var interpreter: Interpreter?
        var warmed = false
        let recorder = TraceRecorder(scenario: scenario)
        if log.steers { recorder.steer = { [unowned log] count in log.steer(among: count) } }
        let outcome = ProgramRunner.run(source: scenario.source, filename: scenario.filename,
                                        limits: interpreterLimits(scenario.limits), compiled: program?.code,
                                        compiledLines: program?.sourceLines ?? SourceLines.split(scenario.source),
                                        configure: { vm in
                                            interpreter = vm
                                            // Support's long texts are charged before they are built.
                                            TextBudget.install(owner: vm) { [weak vm] bytes in try vm?.charge(bytes) }
                                            if explorationLog != nil || detectRaces || log.choicePoints != nil {
                                                vm.installedAccessLog = log
                                                log.vm = vm
                                            }
                                            recorder.install(on: vm)
                                            PyGenerator.neverAwaitedHook = { [unowned vm] qualname in
                                                recorder.neverAwaited(qualname, vm: vm)
                                                vm.reportNeverAwaited(qualname)
                                            }
                                            PyGenerator.finalizationHook = { [unowned vm] heir, finalizer in
                                                vm.scheduleAsyncGenFinalization(heir, finalizer)
                                            }
                                            if let warm { warmed = warm.attach(to: vm, recorder: recorder) }
                                            if warmed { log.pinned = vm.warmMembers }
                                        })
        PyGenerator.neverAwaitedHook = nil
        PyGenerator.finalizationHook = nil
        if outcome.status == .syntaxError {
            let e = outcome.syntaxError
            var failure = CompileFailure(type: e?.kind.rawValue ?? "SyntaxError",
                                         message: e?.message ?? (outcome.errorText ?? "invalid syntax"),
                                         line: e?.line ?? 1, column: e?.column ?? 1)
            failure.report = outcome.errorText ?? ""
            return (.failure(failure), [], 0)
        }
        var trace = Trace()
        trace.stdout = outcome.stdout
        // Library diagnostics first, then the traceback: CPython's stderr order.
        trace.diagnostics = outcome.stderr
        if outcome.status == .exception { trace.diagnostics += outcome.errorText ?? "" }
        switch outcome.status {
        case .completed, .syntaxError: trace.status = .completed
        case .exception: trace.status = .exception
        case .limit: trace.status = .limit
        case .deadlock: trace.status = .deadlock
        }
        if let e = outcome.exception {
            trace.error = traceError(e, interpreter: interpreter, filename: scenario.filename)
        }
        if let l = outcome.limit {
            trace.limit = LimitHit(name: l.name, value: .int(l.value))
        }
        if outcome.status == .deadlock {
            trace.deadlock = recorder.deadlockGraph ?? []
        }
        if let vm = interpreter {
            trace.stats.steps = vm.steps
        }
        trace.result = recorder.result
        trace.events = recorder.events
        trace.tasks = recorder.tasks
        trace.warnings = recorder.warnings
        if log.recordUser { trace.warnings += RaceDetector.warnings(log) }
        trace.schedule = recorder.schedule
        trace.choices = log.choicePoints?.choices ?? []
        trace.stats.events = recorder.events.count
        trace.stats.tasks = recorder.taskCount
        trace.stats.switches = recorder.switches
        trace.stats.virtualTime = recorder.now
        trace.stats.wallMicros = Int((DispatchTime.now().uptimeNanoseconds - started) / 1000)
        let heapPeak = max(interpreter?.heapPeak ?? 0, interpreter?.memoryUsed ?? 0)
        if let vm = interpreter {
            if warmed, let warm { warm.detach(from: vm) } else { vm.releaseRunObjects() }
        }
        program?.reset()
        return (.success(trace), recorder.readyCounts, heapPeak)
    }

    /// The VM's limits for the scenario's requested ones (nil keeps the default).
    static func interpreterLimits(_ requested: RunLimits) -> Limits {
        var limits = Limits()
        if let v = requested.steps { limits.steps = v }
        if let v = requested.depth { limits.depth = v }
        if let v = requested.output { limits.outputBytes = v }
        if let v = requested.memory { limits.memoryBytes = v }
        if let v = requested.wallMillis { limits.wallSeconds = Double(v) / 1000 }
        return limits
    }

    static func traceError(_ e: PyException, interpreter: Interpreter?, filename: String) -> TraceError {
        let type = e.type.qualname
        var message = e.args.count == 1 ? (e.args[0].stringValue ?? "") : ""
        if let vm = interpreter, let text = try? vm.str(.object(e)) {
            message = text
        }
        // The whole message is in the traceback on stderr (itself capped).
        let keep = 1 << 16
        if message.utf8.count > keep { message = String(decoding: message.utf8.prefix(keep), as: UTF8.self) + "..." }
        // Innermost first in the VM; tracebacks read outermost first. The
        // entries native asyncio adds for CPython's frames (AsyncioSite)
        // are for Python's traceback module, not for the trace.
        let frames = e.traceback.reversed().filter { !$0.filename.hasPrefix(AsyncioSite.prefix) }
            .map { TraceFrame(function: $0.function, line: $0.line) }
        return TraceError(type: type, message: message, traceback: frames,
                          systemExitStatus: ProgramRunner.systemExitStatus(e))
    }
}

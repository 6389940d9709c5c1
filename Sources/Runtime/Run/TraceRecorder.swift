/// Records one run's interleaving trace. The native asyncio core reports
/// each scheduling point as a `SchedulerObserver` (and Lib/asyncio the rest,
/// e.g. warnings at loop close, through `_interleave.trace(kind, fields)`;
/// see host.py and tracing.py there); this recorder turns those reports into
/// DESIGN.md's events and task table, attributes `print` output to the task
/// that is running, enforces the scheduler's limits (tasks, virtual time,
/// events) and answers the scheduling policy's choices.
final class TraceRecorder {
    private let filename: String
    private let recordEvents: Bool
    /// Untraced, but the top-level task's result is still kept (`result`).
    private let rootResultOnly: Bool
    private let maxEvents: Int
    private let maxTasks: Int
    private let maxTime: Double
    private var chooser: ScheduleChooser

    private(set) var events: [TraceEvent] = []
    private(set) var tasks: [TraceTask] = []
    private var taskIndex: [Int: Int] = [:]
    /// The first ``maxWarnings`` warnings; later ones are only counted.
    private var keptWarnings: [TraceWarning] = []
    private var droppedWarnings = 0
    /// Warnings a trace keeps: a loop can drop a million unawaited coroutines.
    static let maxWarnings = 100
    private(set) var deadlockGraph: [JSONValue]?
    private(set) var result: String?
    private(set) var switches = 0
    private(set) var now = 0.0
    private var spawned = 0
    private var running: Int?
    private var lastResumed: Int?
    private var eventsOverflowed = false
    /// asyncio.run's own shutdown tasks: not the program's, so they stay out
    /// of the task table and the events (they still consume Task-N names).
    private var internalTasks = Set<Int>()
    private let detail: TraceDetail
    /// The frame, line and pc of the previous instruction (`detail: "lines"`).
    private var lastStep: (frame: ObjectIdentifier, line: Int, pc: Int)?
    /// `detail: "state"`: what each event changed in the program's state.
    private let stateRecorder: StateRecorder?
    /// The coroutine of the task the scheduler event being recorded is about.
    private var eventCoro: Value?

    init(scenario: Scenario) {
        filename = scenario.filename
        recordEvents = scenario.recordEvents
        rootResultOnly = !scenario.recordEvents && scenario.capturesRootResult
        detail = scenario.detail
        maxEvents = scenario.limits.events ?? Int.max
        maxTasks = scenario.limits.tasks ?? Int.max
        maxTime = scenario.limits.time ?? .infinity
        chooser = ScheduleChooser(policy: scenario.policy, seed: scenario.seed, replay: scenario.schedule)
        stateRecorder = scenario.recordEvents && scenario.detail == .state ? StateRecorder(filename: scenario.filename) : nil
    }

    /// The choices taken where more than one handle was ready.
    var schedule: [Int] { chooser.taken }

    /// How many handles were ready at each choice of `schedule`.
    var readyCounts: [Int] { chooser.readyCounts }

    /// Number of tasks spawned (the trace's `stats.tasks`).
    var taskCount: Int { spawned }

    /// The recorder of the run being made from a warm image whose native
    /// modules were made with this (the image's) recorder: the hooks of
    /// the shared `_interleave` module report to it (WarmImage.swift).
    var warmRun: TraceRecorder?
    /// Where a `_interleave` hook made by this recorder reports.
    private var hookTarget: TraceRecorder { warmRun ?? self }

    /// Installs the hooks on `vm`'s `_interleave` module and output stream.
    func install(on vm: Interpreter) {
        stateRecorder?.vm = vm
        vm.moduleFactories[AsyncioModule.name] = { [unowned self] vm in AsyncioModule.make(vm, observer: self) }
        vm.interleaveHooks.append(("trace", { [unowned self] vm, a in
            try a.check("trace", min: 2, max: 2)
            try self.hookTarget.record(kind: a[0].stringValue ?? "", fields: a[1], vm: vm)
            return .none
        }))
        vm.interleaveHooks.append(("tracing", { [unowned self] _, _ in .bool(self.hookTarget.recordEvents) }))
        vm.interleaveHooks.append(("time_limit", { [unowned self] _, _ in
            let maxTime = self.hookTarget.maxTime
            return maxTime.isFinite ? .float(maxTime) : .none
        }))
        vm.interleaveHooks.append(("limit", { _, a in
            let name = a.count > 0 ? (a[0].stringValue ?? "limit") : "limit"
            let value: Int
            switch a.count > 1 ? a[1] : .none {
            case .int(let i): value = i
            case .float(let d) where d.isFinite: value = Int(d)
            default: value = 0
            }
            throw LimitExceeded(name: name, value: value)
        }))
        vm.interleaveHooks.append(("deadlock", { [unowned self] vm, a in
            let graph = a.count > 0 ? a[0] : .none
            let target = self.hookTarget
            if case .array(let waiting) = PythonJSON.convert(graph, vm) {
                target.deadlockGraph = waiting
            } else {
                target.deadlockGraph = []
            }
            throw DeadlockDetected(graph: graph)
        }))
        if recordEvents {
            vm.outputObserver = { [unowned self, unowned vm] text in
                self.append(.print, task: self.running, line: self.userLine(vm), fields: [("text", .string(text))])
            }
        }
        vm.periodicHook = { [unowned self] in try self.checkEventLimit() }
        if recordEvents && detail.recordsLines {
            vm.setStepHook { [unowned self, unowned vm] in self.step(vm) }
        }
    }

    /// `detail: "lines"`: a `line` event whenever the program's innermost
    /// frame moves to another line, another frame, or jumps back (a loop).
    private func step(_ vm: Interpreter) {
        guard let frame = vm.frameStack.last, frame.code.filename == filename else { return }
        let id = ObjectIdentifier(frame)
        let pc = frame.pc
        let line = frame.currentLine
        defer { lastStep = (id, line, pc) }
        if let last = lastStep, last.frame == id, last.line == line, last.pc < pc { return }
        append(.line, task: running, line: line, fields: [("function", .string(frame.code.name))])
    }

    /// Records a coroutine released without ever being awaited (CPython's
    /// RuntimeWarning "coroutine 'f' was never awaited"), at the program
    /// line running when it was dropped.
    func neverAwaited(_ qualname: String, vm: Interpreter) {
        guard keptWarnings.count < Self.maxWarnings else { droppedWarnings += 1; return }
        addWarning(TraceWarning(kind: "never-awaited", task: running, line: userLine(vm),
                                message: "coroutine '\(qualname)' was never awaited"))
    }

    /// Keeps `warning` while fewer than ``maxWarnings`` are kept, else counts it.
    private func addWarning(_ warning: TraceWarning) {
        if keptWarnings.count < Self.maxWarnings { keptWarnings.append(warning) } else { droppedWarnings += 1 }
    }

    /// The kept warnings, then one `warnings-dropped` entry with the count of the others.
    var warnings: [TraceWarning] {
        guard droppedWarnings > 0 else { return keptWarnings }
        return keptWarnings + [TraceWarning(kind: "warnings-dropped", task: nil, line: nil,
                                            message: "\(droppedWarnings) more warnings were dropped; a trace keeps the first \(Self.maxWarnings)")]
    }

    private func checkEventLimit() throws {
        if eventsOverflowed { throw LimitExceeded(name: "events", value: maxEvents) }
    }

    private func append(_ kind: TraceEventKind, task: Int?, line: Int?, fields: [(String, JSONValue)]) {
        guard recordEvents else { return }
        guard events.count < maxEvents else { eventsOverflowed = true; return }
        var event = TraceEvent(seq: events.count, time: now, task: task, kind: kind, line: line, fields: fields)
        if let stateRecorder {
            let delta = stateRecorder.delta(for: event, coro: eventCoro)
            if !delta.isEmpty { event.fields.append(("state", delta.json())) }
        }
        events.append(event)
    }

    /// The line of the innermost frame of the program itself (not of Lib/).
    private func userLine(_ vm: Interpreter) -> Int? {
        vm.frameStack.innermost { $0.code.filename == filename }?.currentLine
    }

    /// The line a suspended coroutine waits at: the deepest frame of the
    /// program along its chain of awaited coroutines.
    private func suspendedLine(_ coro: Value) -> Int? {
        var line: Int?
        var current = coro.object as? PyGenerator
        var hops = 0
        while let gen = current, hops < 1000 {
            if gen.frame.code.filename == filename { line = gen.frame.currentLine }
            current = gen.frame.delegate?.object as? PyGenerator
            hops += 1
        }
        return line
    }

    /// `_interleave.trace(kind, fields)` from Python: the same event as
    /// `schedulerEvent`, with its fields in a dict ("time", "task" and
    /// "coro" have their fixed meanings).
    private func record(kind: String, fields raw: Value, vm: Interpreter) throws {
        guard let dict = raw.object as? PyDict else { return }
        var fields: [(String, JSONValue)] = []
        var coro: Value?
        var taskID: Int?
        var time = now
        for (key, value) in dict.items {
            guard let name = key.stringValue else { continue }
            switch name {
            case "time":
                if case .float(let t) = value { time = t } else if case .int(let t) = value { time = Double(t) }
            case "coro": coro = value
            case "task": taskID = value.intValue
            default: fields.append((name, PythonJSON.convert(value, vm)))
            }
        }
        try schedulerEvent(kind, task: taskID, coro: coro, time: time, fields: fields, vm: vm)
    }

    /// One scheduler event (see SchedulerObserver). `fields` never holds
    /// "task" or "time" (they are parameters); the kinds and their fields
    /// are those of Lib/asyncio/tracing.py.
    func schedulerEvent(_ kind: String, task taskID: Int?, coro: Value?, time: Double,
                        fields: [(String, JSONValue)], vm: Interpreter) throws {
        if eventsOverflowed { throw LimitExceeded(name: "events", value: maxEvents) }
        if time > now { now = time }
        eventCoro = coro
        defer { eventCoro = nil }
        func field(_ name: String) -> JSONValue? { fields.first(where: { $0.0 == name })?.1 }
        if kind == "spawn" || kind == "callback" {
            // A task an internal task spawns (asyncgen aclose during shutdown) is internal too.
            let internalParent = kind == "spawn" && (field("parent")?.intValue.map { internalTasks.contains($0) } ?? false)
            if field("internal") == .bool(true) || internalParent {
                if kind == "spawn", let id = taskID { internalTasks.insert(id) }
                return
            }
        }
        if let id = taskID, !internalTasks.isEmpty, internalTasks.contains(id) {
            if kind == "resume" { running = id } else if kind == "done" || kind == "raise" { running = nil }
            return
        }

        switch kind {
        case "resume":
            if let id = taskID {
                if lastResumed != id { switches += 1 }
                lastResumed = id
                running = id
            }
            append(.resume, task: taskID, line: coro.flatMap(suspendedLine), fields: fields)
        case "suspend":
            append(.suspend, task: taskID, line: coro.flatMap(suspendedLine) ?? userLine(vm), fields: fields)
            running = nil
        case "wake", "cancel":
            // The line is where the program made it happen (nil for timers and loop internals).
            append(kind == "wake" ? .wake : .cancel, task: taskID, line: userLine(vm), fields: fields)
        case "spawn":
            let id = taskID ?? spawned
            let parent = field("parent")?.intValue
            let line = userLine(vm)
            taskIndex[id] = tasks.count
            tasks.append(TraceTask(id: id, name: field("name")?.stringValue ?? "Task-\(id)",
                                   coroutine: field("coroutine")?.stringValue ?? "?", parent: parent,
                                   state: "pending", line: line))
            var rest = fields.filter { $0.0 != "internal" }
            rest.insert(("child", .int(id)), at: 0)
            append(.spawn, task: running, line: line, fields: rest)
        case "rename":
            if let id = taskID, let i = taskIndex[id], let name = field("name")?.stringValue { tasks[i].name = name }
        case "done", "raise":
            if let id = taskID, let i = taskIndex[id] {
                let cancelled = field("cancelled") == .bool(true)
                tasks[i].state = kind == "done" ? "done" : (cancelled ? "cancelled" : "raised")
                if kind == "done", result == nil, tasks[i].parent == nil {
                    result = field("result")?.stringValue
                }
            }
            // A finished coroutine's frame still knows its last line: the return or the raise.
            append(kind == "done" ? .done : .raise, task: taskID, line: coro.flatMap(suspendedLine), fields: fields)
            if running == taskID { running = nil }
        case "clock":
            append(.clock, task: nil, line: nil, fields: fields)
        case "callback":
            append(.callback, task: nil, line: nil, fields: fields)
        case "warning":
            var line: Int?
            if case .int(let n)? = field("line") { line = n }
            addWarning(TraceWarning(kind: field("warning")?.stringValue ?? "warning", task: taskID,
                                    line: line, message: field("message")?.stringValue ?? ""))
        default:
            break
        }
    }
}

extension TraceRecorder: SchedulerObserver {
    var tracing: Bool { recordEvents }

    var timeLimit: Double? { maxTime.isFinite ? maxTime : nil }

    func choose(among count: Int) -> Int { chooser.choose(among: count) }

    /// Past the replayed prefix, asks this before the policy (exploration's
    /// sleep sets steer away from handles whose orders were already tried).
    var steer: ((Int) -> Int?)? {
        get { chooser.steer }
        set { chooser.steer = newValue }
    }

    var capturesRootResult: Bool { rootResultOnly }

    func rootTaskReturned(_ shown: String) {
        if result == nil { result = shown }
    }

    /// The tasks limit counts the program's tasks whether or not events are
    /// recorded.
    func taskCreated(internal isInternal: Bool) throws {
        if isInternal { return }
        spawned += 1
        if spawned > maxTasks { throw LimitExceeded(name: "tasks", value: maxTasks) }
    }
}

/// Records what the program holds after each trace event (`detail:
/// "state"`): each task's state, the frames and locals of the task the event
/// is about, the asyncio objects those touch, and the program's globals, as
/// a `StateDelta` of what changed since the previous event.
///
/// The trace recorder calls ``delta(for:coro:)`` for every event it keeps,
/// so the deltas are bounded by the events limit, and every repr by
/// `ValueRepr`'s caps. Nothing here runs Python code or touches the
/// instruction loop: frames are read when the scheduler reports a task
/// switch (its coroutine's await chain) or the VM reports a line or a print
/// (the frames of the running task on the interpreter's frame stack).
final class StateRecorder {
    /// Frames kept per task (the innermost ones).
    static let maxFrames = 8
    /// Locals listed per frame.
    static let maxLocals = 16
    /// Globals listed.
    static let maxGlobals = 40
    /// Objects kept track of between events (re-described at task switches).
    static let maxLiveObjects = 64

    private let filename: String
    weak var vm: Interpreter?
    private let namer = ObjectNamer()

    private var taskEntries: [Int: JSONValue] = [:]
    private var frames: [String: [FrameState]] = [:]
    private var objectEntries: [String: JSONValue] = [:]
    private var globalReprs: [String: String] = [:]
    private var globalOrder: [String] = []
    /// The program's module namespace, found at the first event in one of its frames.
    private weak var globals: PyDict?

    /// Objects seen in a recorded frame, re-described at each scheduler
    /// event so a queue filled by one task shows up while another waits on it.
    private final class Live {
        weak var object: PyObject?
        let kind: String
        init(_ object: PyObject, _ kind: String) {
            self.object = object
            self.kind = kind
        }
    }
    private var live: [(name: String, ref: Live)] = []
    /// At a suspend event: the future the task is about to wait on, and the task.
    private var suspending: (future: ObjectIdentifier, task: Int)?
    /// Objects the current event's frames and globals mention.
    private var touched: [(name: String, object: PyObject, kind: String)] = []

    /// The task running now and the frame of its coroutine (where its part
    /// of the interpreter's frame stack begins).
    private var runningTask: Int?
    private weak var runningRoot: Frame?

    init(filename: String) {
        self.filename = filename
    }

    /// What `event` (just recorded, `seq` set) changed; `coro` is the
    /// coroutine of the task a scheduler event is about.
    func delta(for event: TraceEvent, coro: Value?) -> StateDelta {
        var delta = StateDelta()
        // Never keep an object alive past its event: weakref callbacks and finalizers would run later.
        defer { touched.removeAll(keepingCapacity: true); suspending = nil }
        var repr = ValueRepr(namer: namer)
        repr.referenced = { [unowned self] object, name in
            self.touch(object, name: name, kind: AsyncioObjectState.kind(of: object) ?? object.type.name)
        }
        let field = { (name: String) in event.fields.first(where: { $0.0 == name })?.1 }
        let root = (coro?.object as? PyGenerator)?.frame
        var owner: String?
        var newFrames: [FrameState]?

        switch event.kind {
        case .spawn:
            if let child = field("child")?.intValue { setTask(child, "ready", event, &delta) }
            owner = currentOwner(event)
            newFrames = owner.map { _ in runningFrames(repr) }
        case .resume:
            guard let task = event.task else { break }
            setTask(task, "running", event, &delta)
            runningTask = task
            runningRoot = root
            owner = String(task)
            newFrames = root.map { chainFrames(from: $0, repr) }
        case .suspend:
            guard let task = event.task else { break }
            setTask(task, "waiting", event, &delta, extra: [("on", field("on") ?? .null)])
            if runningTask == task { runningTask = nil; runningRoot = nil }
            owner = String(task)
            newFrames = root.map { chainFrames(from: $0, repr) }
            if let future = root.flatMap(Self.awaitedFuture) { suspending = (ObjectIdentifier(future), task) }
        case .wake:
            if let task = event.task, taskEntries[task]?["state"] != .string("running") {
                setTask(task, "ready", event, &delta)
            }
        case .done, .raise:
            guard let task = event.task else { break }
            if event.kind == .done {
                setTask(task, "done", event, &delta, extra: [("result", field("result") ?? .null)])
            } else {
                let cancelled = field("cancelled") == .bool(true)
                let text = [field("exception")?.stringValue, field("message")?.stringValue]
                    .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
                setTask(task, cancelled ? "cancelled" : "raised", event, &delta,
                        extra: [("exception", .string(ValueRepr.clip(text)))])
            }
            if runningTask == task { runningTask = nil; runningRoot = nil }
            owner = String(task)
            newFrames = []
        case .line, .print:
            owner = currentOwner(event)
            newFrames = owner.map { _ in runningFrames(repr) }
        case .clock, .callback, .cancel:
            break
        }

        if let owner, let newFrames, frames[owner] ?? [] != newFrames {
            frames[owner] = newFrames
            delta.frames.append((owner, newFrames))
        }
        if event.kind != .clock && event.kind != .callback { recordGlobals(repr, &delta) }
        describe(repr, &delta)
        // At scheduler events, objects seen earlier may have changed through another task.
        if event.kind != .line && event.kind != .print { refreshLive(repr, &delta) }
        return delta
    }

    // MARK: - tasks

    private func setTask(_ task: Int, _ state: String, _ event: TraceEvent, _ delta: inout StateDelta,
                         extra: [(String, JSONValue)] = []) {
        let entry = JSONValue.object([("state", .string(state)), ("since", .int(event.seq)),
                                      ("at", .double(event.time))] + extra)
        taskEntries[task] = entry
        if let i = delta.tasks.firstIndex(where: { $0.id == task }) {
            delta.tasks[i].entry = entry
        } else {
            delta.tasks.append((task, entry))
        }
    }

    // MARK: - frames

    /// Whose frames a line or print event shows: the running task's, or
    /// "main" for code outside any task; nil while an untracked (internal)
    /// task runs.
    private func currentOwner(_ event: TraceEvent) -> String? {
        if let task = event.task { return task == runningTask && runningRoot != nil ? String(task) : nil }
        return runningTask == nil ? "main" : nil
    }

    /// The program's frames along a suspended coroutine's await chain, outermost first.
    private func chainFrames(from root: Frame, _ repr: ValueRepr) -> [FrameState] {
        var result: [FrameState] = []
        var frame: Frame? = root
        var hops = 0
        while let f = frame, hops < 1000 {
            capture(f, repr, into: &result)
            frame = (f.delegate?.object as? PyGenerator)?.frame
            hops += 1
        }
        return Array(result.suffix(Self.maxFrames))
    }

    /// The future at the end of a suspended coroutine's await chain.
    private static func awaitedFuture(_ root: Frame) -> PyFuture? {
        var frame = root
        for _ in 0..<1000 {
            switch frame.delegate?.object {
            case let gen as PyGenerator: frame = gen.frame
            case let iterator as PyFutureIterator: return iterator.future
            case let future as PyFuture: return future
            default: return nil
            }
        }
        return nil
    }

    /// The running task's frames (or the top level's, outside tasks) on the
    /// interpreter's frame stack, outermost first.
    private func runningFrames(_ repr: ValueRepr) -> [FrameState] {
        guard let vm else { return [] }
        var stack: [Frame] = []
        let root = runningRoot
        // Innermost first, down to the task's own coroutine frame.
        _ = vm.frameStack.innermost { frame in
            stack.append(frame)
            return root != nil && frame === root
        }
        var result: [FrameState] = []
        for frame in stack.reversed() { capture(frame, repr, into: &result) }
        return Array(result.suffix(Self.maxFrames))
    }

    /// Appends `frame` when it runs the program's code; a library frame
    /// (asyncio's) only lends its `self` when that is an asyncio object, so
    /// a task waiting in `Queue.get` shows the queue.
    private func capture(_ frame: Frame, _ repr: ValueRepr, into result: inout [FrameState]) {
        let code = frame.code
        guard code.filename == filename else {
            if code.varNames.first == "self", case .object(let o)?? = frame.locals.first,
               let kind = AsyncioObjectState.kind(of: o) {
                touch(o, name: namer.name(of: o, typeName: kind), kind: kind)
            }
            return
        }
        if globals == nil { globals = frame.globals }
        guard code.name != "<module>" else { return }
        var locals: [FrameState.Local] = []
        var seen = Set<String>()
        for (i, name) in code.varNames.enumerated() where i < frame.locals.count && locals.count < Self.maxLocals {
            guard let value = frame.locals[i] else { continue }
            if case .object(let cell as PyCell) = value, code.cellNames.contains(name) {
                guard let inner = cell.value else { continue }
                locals.append(.init(name: name, repr: repr.repr(inner)))
            } else {
                locals.append(.init(name: name, repr: repr.repr(value)))
            }
            seen.insert(name)
        }
        let cells = frame.cells
        for (i, name) in (code.cellNames + code.freeNames).enumerated()
        where i < cells.count && !seen.contains(name) && locals.count < Self.maxLocals {
            guard let value = cells[i].value else { continue }
            locals.append(.init(name: name, repr: repr.repr(value)))
        }
        result.append(FrameState(function: code.qualname, line: frame.currentLine, locals: locals))
    }

    // MARK: - globals and objects

    private func recordGlobals(_ repr: ValueRepr, _ delta: inout StateDelta) {
        guard let globals else { return }
        var current: [String: String] = [:]
        var order: [String] = []
        var i = 0
        while order.count < Self.maxGlobals && i < 4096 {
            defer { i += 1 }
            guard let entry = globals.entry(at: i) else {
                if i >= globals.count * 4 + 64 { break }
                continue
            }
            guard let name = entry.key.stringValue, !name.hasPrefix("__"), Self.isData(entry.value) else { continue }
            current[name] = repr.repr(entry.value)
            order.append(name)
        }
        for name in order where globalReprs[name] != current[name] {
            delta.globals.append((name, current[name]))
        }
        for name in globalOrder where current[name] == nil {
            delta.globals.append((name, nil))
        }
        globalReprs = current
        globalOrder = order
    }

    /// Values worth listing among globals: not modules, functions or classes.
    private static func isData(_ value: Value) -> Bool {
        switch value.object {
        case is PyModule, is PyFunction, is PyBuiltinFunction, is PyType: return false
        default: return true
        }
    }

    /// Notes that the event's frames or globals mention `object`.
    private func touch(_ object: PyObject, name: String, kind: String) {
        if !touched.contains(where: { $0.name == name }) { touched.append((name, object, kind)) }
    }

    private func describe(_ repr: ValueRepr, _ delta: inout StateDelta) {
        for (name, object, kind) in touched {
            let entry = AsyncioObjectState.describe(object, kind: kind, repr: repr, suspending: suspending)
            if objectEntries[name] != entry {
                objectEntries[name] = entry
                delta.objects.append((name, entry))
            }
            if !live.contains(where: { $0.name == name }) {
                live.append((name, Live(object, kind)))
                if live.count > Self.maxLiveObjects { live.removeFirst(live.count - Self.maxLiveObjects) }
            }
        }
    }

    private func refreshLive(_ repr: ValueRepr, _ delta: inout StateDelta) {
        live.removeAll { $0.ref.object == nil }
        for (name, ref) in live where !delta.objects.contains(where: { $0.name == name }) {
            guard let object = ref.object else { continue }
            let entry = AsyncioObjectState.describe(object, kind: ref.kind, repr: repr, suspending: suspending)
            if objectEntries[name] != entry {
                objectEntries[name] = entry
                delta.objects.append((name, entry))
            }
        }
    }
}

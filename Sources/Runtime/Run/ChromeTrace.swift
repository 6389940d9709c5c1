/// Converts a `Trace` into Chrome's trace-event format (the JSON that
/// chrome://tracing and Perfetto open): one track per task, a slice from
/// each `resume` to the task's next `suspend`/`done`/`raise`, an instant
/// event per `print`, `spawn`, `cancel` and `wake`.
///
/// Virtual time alone cannot order slices (most run at t = 0), so the
/// timestamp is the event's `seq` in microseconds; the virtual time and the
/// source line go into each event's `args`.
public enum ChromeTrace {
    /// The process id every track belongs to.
    static let pid = 1
    /// The track of top-level code and plain callbacks (no task).
    static let loopTrack = 0

    /// The trace as a Chrome trace-event document.
    public static func json(_ trace: Trace) -> JSONValue {
        var out: [JSONValue] = [metadata("process_name", tid: loopTrack, name: "interleave")]
        out.append(metadata("thread_name", tid: loopTrack, name: "event loop"))
        for task in trace.tasks {
            out.append(metadata("thread_name", tid: task.id, name: "\(task.name) (\(task.coroutine))"))
        }
        var open = Set<Int>()
        for event in trace.events {
            let tid = event.task ?? loopTrack
            var args: [(String, JSONValue)] = [("time", .double(event.time))]
            if let line = event.line { args.append(("line", .int(line))) }
            args.append(contentsOf: event.fields)
            switch event.kind {
            case .resume:
                open.insert(tid)
                out.append(entry(name: "run", ph: "B", tid: tid, seq: event.seq, args: args))
            case .suspend, .done, .raise:
                if open.remove(tid) != nil {
                    out.append(entry(name: "run", ph: "E", tid: tid, seq: event.seq, args: args))
                }
                if event.kind != .suspend {
                    out.append(instant(event.kind.rawValue, tid: tid, seq: event.seq, args: args))
                }
            case .print:
                let text = event.fields.first(where: { $0.0 == "text" })?.1.stringValue ?? ""
                out.append(instant("print \(text.debugDescription)", tid: tid, seq: event.seq, args: args))
            case .line:
                out.append(instant("line \(event.line ?? 0)", tid: tid, seq: event.seq, args: args))
            case .spawn, .cancel, .wake, .clock, .callback:
                out.append(instant(event.kind.rawValue, tid: tid, seq: event.seq, args: args))
            }
        }
        // A run that stopped mid-slice (limit, deadlock) still closes its slices.
        let end = trace.events.last.map { $0.seq + 1 } ?? 0
        for tid in open.sorted() {
            out.append(entry(name: "run", ph: "E", tid: tid, seq: end, args: []))
        }
        return .object([("traceEvents", .array(out)), ("displayTimeUnit", "ms")])
    }

    private static func metadata(_ kind: String, tid: Int, name: String) -> JSONValue {
        .object([("name", .string(kind)), ("ph", "M"), ("pid", .int(pid)), ("tid", .int(tid)),
                 ("args", .object([("name", .string(name))]))])
    }

    private static func entry(name: String, ph: String, tid: Int, seq: Int, args: [(String, JSONValue)]) -> JSONValue {
        .object([("name", .string(name)), ("ph", .string(ph)), ("ts", .int(seq)), ("pid", .int(pid)),
                 ("tid", .int(tid)), ("args", .object(args))])
    }

    private static func instant(_ name: String, tid: Int, seq: Int, args: [(String, JSONValue)]) -> JSONValue {
        .object([("name", .string(name)), ("ph", "i"), ("s", "t"), ("ts", .int(seq)), ("pid", .int(pid)),
                 ("tid", .int(tid)), ("args", .object(args))])
    }
}

/// How a run ended; the `status` field of a trace.
public enum RunStatus: String, Sendable, CaseIterable {
    case completed, exception, deadlock, limit
}

/// One line of a Python-style traceback: the function and the line in it.
public struct TraceFrame: Equatable, Sendable {
    public var function: String
    public var line: Int
    public init(function: String, line: Int) {
        self.function = function
        self.line = line
    }
}

/// The uncaught exception that ended a run (`status: "exception"`).
public struct TraceError: Equatable, Sendable {
    public var type: String
    public var message: String
    public var traceback: [TraceFrame]
    /// The process exit status CPython gives this exception when it is a
    /// `SystemExit` or a subclass (not part of the JSON trace: the CLI's
    /// exit code). Nil for other exceptions and for decoded traces.
    public var systemExitStatus: Int?
    public init(type: String, message: String, traceback: [TraceFrame], systemExitStatus: Int? = nil) {
        self.type = type
        self.message = message
        self.traceback = traceback
        self.systemExitStatus = systemExitStatus
    }

    /// Equal when the JSON form is: the exit status is the run's, not the trace's.
    public static func == (a: TraceError, b: TraceError) -> Bool {
        a.type == b.type && a.message == b.message && a.traceback == b.traceback
    }
}

/// A sandbox limit that ended a run (`status: "limit"`), with the limit's value.
public struct LimitHit: Equatable, Sendable {
    public var name: String
    public var value: JSONValue
    public init(name: String, value: JSONValue) {
        self.name = name
        self.value = value
    }
}

/// One entry of a trace's `warnings`: never-awaited coroutines, exceptions
/// nobody retrieved, tasks still pending when the loop closed.
public struct TraceWarning: Equatable, Sendable {
    public var kind: String
    public var task: Int?
    public var line: Int?
    public var message: String
    /// Race warnings: the shared variable, the other task, and every line
    /// involved (read, write back, the other task's write).
    public var variable: String?
    public var otherTask: Int?
    public var lines: [Int] = []
    public init(kind: String, task: Int?, line: Int?, message: String) {
        self.kind = kind
        self.task = task
        self.line = line
        self.message = message
    }
}

/// One choice point of a run: the ready alternatives (`{"task", "name",
/// "coroutine", "line"}` or `{"callback", "timer"}`, oldest first) and the
/// index taken, which is the matching entry of the trace's `schedule`.
public struct TraceChoice: Equatable, Sendable {
    public var chosen: Int
    public var time: Double
    public var alternatives: [JSONValue]
    public init(chosen: Int, time: Double, alternatives: [JSONValue]) {
        self.chosen = chosen
        self.time = time
        self.alternatives = alternatives
    }
}

/// A task as listed in a trace's `tasks` table; events refer to it by `id`.
public struct TraceTask: Equatable, Sendable {
    public var id: Int
    public var name: String
    public var coroutine: String
    public var parent: Int?
    public var state: String
    public var line: Int?
    public init(id: Int, name: String, coroutine: String, parent: Int?, state: String, line: Int?) {
        self.id = id
        self.name = name
        self.coroutine = coroutine
        self.parent = parent
        self.state = state
        self.line = line
    }
}

/// Counters describing a run (`stats`).
public struct TraceStats: Equatable, Sendable {
    public var steps = 0
    public var switches = 0
    public var virtualTime = 0.0
    public var tasks = 0
    public var events = 0
    public var wallMicros = 0
    public init() {}
}

/// The result of running a scenario: DESIGN.md's trace, version 1.
/// Built by the runtime, serialised to JSON by `json()`.
public struct Trace: Sendable {
    public var status: RunStatus = .completed
    public var stdout = ""
    public var result: String?
    public var error: TraceError?
    public var limit: LimitHit?
    /// Blocked tasks and what each waits on, for `status: "deadlock"`.
    public var deadlock: [JSONValue]?
    public var stats = TraceStats()
    public var schedule: [Int] = []
    /// The first `ChoicePoints.maxChoices` choice points, with their alternatives.
    public var choices: [TraceChoice] = []
    public var warnings: [TraceWarning] = []
    public var tasks: [TraceTask] = []
    public var events: [TraceEvent] = []
    /// What the run wrote to stderr (library diagnostics such as "Task
    /// exception was never retrieved", then CPython's traceback text for an
    /// uncaught exception). Not part of the JSON; `interleave run` prints it.
    public var diagnostics = ""

    public init() {}

    /// The trace as a JSON value with DESIGN.md's field names and order.
    public func json() -> JSONValue {
        .object(summaryMembers() + [("events", .array(events.map { $0.json() }))])
    }

    /// The JSON text of `json()`, with `extra` members inserted after
    /// "limit" (the API adds its effective "limits" there). The events are
    /// written straight into the buffer, without a JSON tree per event: a
    /// trace may hold millions of them.
    public func jsonBytes(insertingAfterLimit extra: [(String, JSONValue)] = []) -> [UInt8] {
        var members = summaryMembers()
        if !extra.isEmpty {
            let index = members.firstIndex { $0.0 == "limit" }.map { $0 + 1 } ?? members.count
            members.insert(contentsOf: extra, at: index)
        }
        var out: [UInt8] = []
        out.reserveCapacity(1024 + events.count * 96)
        out.append(UInt8(ascii: "{"))
        for (key, value) in members {
            JSONWriter.writeString(key, into: &out)
            out.append(UInt8(ascii: ":"))
            JSONWriter.write(value, into: &out)
            out.append(UInt8(ascii: ","))
        }
        out.append(contentsOf: #""events":["#.utf8)
        for (i, event) in events.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            event.write(into: &out)
        }
        out.append(contentsOf: "]}".utf8)
        return out
    }

    /// Every member of the JSON object but "events", in order.
    private func summaryMembers() -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("version", 1),
            ("status", .string(status.rawValue)),
            ("stdout", .string(stdout)),
            ("result", result.map(JSONValue.string) ?? .null),
        ]
        if let error {
            members.append(("error", .object([
                ("type", .string(error.type)),
                ("message", .string(error.message)),
                ("traceback", .array(error.traceback.map {
                    .object([("function", .string($0.function)), ("line", .int($0.line))])
                })),
            ])))
        } else {
            members.append(("error", .null))
        }
        if let limit {
            members.append(("limit", .object([("name", .string(limit.name)), ("value", limit.value)])))
        } else {
            members.append(("limit", .null))
        }
        members.append(("deadlock", deadlock.map { .object([("waiting", .array($0))]) } ?? .null))
        members.append(("stats", .object([
            ("steps", .int(stats.steps)),
            ("switches", .int(stats.switches)),
            ("virtualTime", .double(stats.virtualTime)),
            ("tasks", .int(stats.tasks)),
            ("events", .int(stats.events)),
            ("wallMicros", .int(stats.wallMicros)),
        ])))
        members.append(("schedule", .array(schedule.map(JSONValue.int))))
        members.append(("choices", .array(choices.map { c in
            .object([("chosen", .int(c.chosen)), ("time", .double(c.time)), ("alternatives", .array(c.alternatives))])
        })))
        members.append(("warnings", .array(warnings.map { w in
            var fields: [(String, JSONValue)] = [
                ("kind", .string(w.kind)),
                ("task", w.task.map(JSONValue.int) ?? .null),
                ("line", w.line.map(JSONValue.int) ?? .null),
                ("message", .string(w.message)),
            ]
            if let v = w.variable { fields.append(("variable", .string(v))) }
            if let o = w.otherTask { fields.append(("otherTask", .int(o))) }
            if !w.lines.isEmpty { fields.append(("lines", .array(w.lines.map(JSONValue.int)))) }
            return .object(fields)
        })))
        members.append(("tasks", .array(tasks.map { t in
            .object([
                ("id", .int(t.id)),
                ("name", .string(t.name)),
                ("coroutine", .string(t.coroutine)),
                ("parent", t.parent.map(JSONValue.int) ?? .null),
                ("state", .string(t.state)),
                ("line", t.line.map(JSONValue.int) ?? .null),
            ])
        })))
        return members
    }
}

/// How the scheduler picks among ready handles (DESIGN.md "Scheduling policies").
public enum SchedulingPolicy: String, Sendable, CaseIterable {
    /// asyncio's own order: the ready queue in call_soon order. Matches CPython.
    case fifo
    /// At each point where more than one handle is ready, pick one with a seeded PRNG.
    case random
}

/// How much the trace records.
public enum TraceDetail: String, Sendable, CaseIterable {
    /// Scheduler events only (spawn, resume, suspend, wake, print, ...).
    case slices
    /// Also one `line` event per executed source line, capped by the events limit.
    case lines
    /// `lines`, plus a `state` delta on each event: task states, each task's
    /// frames and locals, the asyncio objects they touch and the program's
    /// globals (README "The state at each step").
    case state

    /// True when each executed source line is an event (`lines` and `state`).
    public var recordsLines: Bool { self != .slices }
}

/// Sandbox limits a scenario asks for. Every field is optional: what is nil
/// takes the server's (or CLI's) default, and a request can only lower a
/// limit, never raise it past the maximum (see `RunLimits.clamped(by:)`).
public struct RunLimits: Equatable, Sendable {
    public var steps: Int?
    public var tasks: Int?
    /// Virtual seconds.
    public var time: Double?
    /// Bytes of stdout.
    public var output: Int?
    /// Trace events recorded.
    public var events: Int?
    /// Estimated bytes of script objects.
    public var memory: Int?
    /// Nested Python calls.
    public var depth: Int?
    /// Wall-clock milliseconds.
    public var wallMillis: Int?

    public init(steps: Int? = nil, tasks: Int? = nil, time: Double? = nil, output: Int? = nil,
                events: Int? = nil, memory: Int? = nil, depth: Int? = nil, wallMillis: Int? = nil) {
        self.steps = steps
        self.tasks = tasks
        self.time = time
        self.output = output
        self.events = events
        self.memory = memory
        self.depth = depth
        self.wallMillis = wallMillis
    }

    /// DESIGN.md's defaults: 5M steps, 10k tasks, ten virtual years (of 365
    /// days: a program may sleep for 30 days), 1 MiB of
    /// output, 200k events, 256 MiB of the run's heap (every byte it
    /// allocates, counted exactly; about what 64–100 MiB hold in CPython,
    /// whose objects are smaller), depth 200, 2 s of wall clock.
    public static let defaults = RunLimits(steps: 5_000_000, tasks: 10_000, time: 315_360_000, output: 1 << 20,
                                           events: 200_000, memory: 256 << 20, depth: 200, wallMillis: 2_000)

    /// These requested limits, each lowered to `maximum`'s value where it
    /// exceeds it, and filled from `maximum` where unset.
    public func clamped(by maximum: RunLimits) -> RunLimits {
        func pick<T: Comparable>(_ asked: T?, _ cap: T?) -> T? {
            guard let cap else { return asked }
            guard let asked else { return cap }
            return min(asked, cap)
        }
        return RunLimits(steps: pick(steps, maximum.steps), tasks: pick(tasks, maximum.tasks),
                         time: pick(time, maximum.time), output: pick(output, maximum.output),
                         events: pick(events, maximum.events), memory: pick(memory, maximum.memory),
                         depth: pick(depth, maximum.depth), wallMillis: pick(wallMillis, maximum.wallMillis))
    }
}

/// Everything that determines a run: the program and the scheduler settings.
/// The same scenario always yields the same trace (apart from wall-clock stats).
public struct Scenario: Equatable, Sendable {
    public var source: String
    /// Shown in tracebacks (`File "prog.py", line 3`).
    public var filename: String
    public var policy: SchedulingPolicy
    public var seed: UInt64
    /// Choices to replay at each point where more than one handle was ready
    /// (the `schedule` of an earlier trace); beyond its end the policy decides.
    public var schedule: [Int]
    public var limits: RunLimits
    public var detail: TraceDetail
    /// Whether to record events at all (the CLI turns it off unless asked).
    public var recordEvents: Bool
    /// With `recordEvents` off, still keep the repr of the top-level task's
    /// result (the trace's `result`): exploration's plain search needs the
    /// outcome, not the events, and an untraced run may use asyncio's
    /// native coroutines.
    var capturesRootResult = false

    public init(source: String, filename: String = "prog.py", policy: SchedulingPolicy = .fifo, seed: UInt64 = 0,
                schedule: [Int] = [], limits: RunLimits = .defaults, detail: TraceDetail = .slices,
                recordEvents: Bool = true) {
        self.source = source
        self.filename = filename
        self.policy = policy
        self.seed = seed
        self.schedule = schedule
        self.limits = limits
        self.detail = detail
        self.recordEvents = recordEvents
    }
}

/// A program that did not compile: what `POST /api/run` answers with 422
/// and `interleave run` prints before exiting 2.
public struct CompileFailure: Error, Equatable, Sendable {
    /// "SyntaxError", "IndentationError", "NotImplementedError", ...
    public var type: String
    public var message: String
    public var line: Int
    public var column: Int
    /// CPython's report for stderr (`  File "prog.py", line 3` ... caret ...
    /// `SyntaxError: message`); empty when built outside the runner.
    public var report: String
    public init(type: String, message: String, line: Int, column: Int, report: String = "") {
        self.type = type
        self.message = message
        self.line = line
        self.column = column
        self.report = report
    }
}

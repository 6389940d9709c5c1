import Runtime

/// A decoded `POST /api/run` request: the program and the scheduler options,
/// before the server's maxima are applied (see ``RunRequest/scenario(maximum:)``).
public struct RunRequest: Equatable, Sendable {
    /// The program text (valid UTF-8, may be empty).
    public var source: String
    /// `fifo` (default) or `random`.
    public var policy: SchedulingPolicy = .fifo
    /// Seed of the `random` policy; ignored (normalised to 0) under `fifo`.
    public var seed: UInt64 = 0
    /// Choices to replay where more than one handle is ready.
    public var schedule: [Int] = []
    /// The limits the client asked for; nil fields take the server's maximum.
    public var limits = RunLimits()
    /// `slices` (default) or `lines`.
    public var detail: TraceDetail = .slices

    /// Creates a request for `source` with the default options.
    public init(source: String) { self.source = source }

    /// The scenario to run: the requested limits lowered to `maximum` (and
    /// filled from it), the seed dropped under `fifo` where it means nothing,
    /// so equal runs get equal cache keys.
    public func scenario(maximum: RunLimits) -> Scenario {
        Scenario(source: source, filename: RunRequest.filename, policy: policy,
                 seed: policy == .fifo ? 0 : seed, schedule: schedule,
                 limits: limits.clamped(by: maximum), detail: detail, recordEvents: true)
    }

    /// The file name tracebacks show for submitted programs.
    public static let filename = "prog.py"

    /// Longest `schedule` accepted: more choices than the steps limit can never be used.
    public static let maxScheduleLength = 1_000_000
}

extension RunLimits {
    /// The limits as the JSON object of the API (`wall` in seconds, `time` in virtual seconds).
    public var apiJSON: JSONValue {
        var members: [(String, JSONValue)] = []
        func add(_ name: String, _ value: Int?) { if let value { members.append((name, .int(value))) } }
        add("steps", steps)
        add("tasks", tasks)
        if let time { members.append(("time", .double(time))) }
        add("output", output)
        add("events", events)
        add("memory", memory)
        add("depth", depth)
        if let wallMillis { members.append(("wall", .double(Double(wallMillis) / 1000))) }
        return .object(members)
    }
}

import Runtime

/// Settings of the JSON API: the worker pool, the result cache and the
/// sandbox maxima that requests may lower but never raise.
public struct APIConfiguration: Equatable, Sendable {
    /// Runs that may wait for a worker; one more gets `503` with `Retry-After: 1`. Default 64.
    public var queueDepth: Int = 64
    /// Stack size of each worker thread in bytes: the VM recurses per Python
    /// call and the parser per nesting level. Default 64 MiB.
    public var workerStackBytes: Int = 64 << 20
    /// Bytes of compressed responses the result cache keeps; `0` turns the cache off. Default 64 MiB.
    public var cacheBytes: Int = 64 << 20
    /// Largest `POST /api/run` body before compression; a longer trace is cut
    /// to a `response` limit outcome (``TraceResponseBody``). Default 32 MiB.
    public var maxResponseBytes: Int = 32 << 20
    /// The server's sandbox maxima (DESIGN.md "Sandbox limits"); every field is set.
    public var maximumLimits: RunLimits = .defaults

    /// Creates a configuration with the documented defaults.
    public init() {}

    /// A setting the API cannot work with.
    public struct InvalidSetting: Error, Equatable, CustomStringConvertible {
        /// The property name, e.g. `queueDepth`.
        public let name: String
        /// What is required of it.
        public let requirement: String
        /// `queueDepth must be at least 0 (got -1)`.
        public var description: String { "\(name) \(requirement)" }
    }

    /// Checks every setting; throws ``InvalidSetting`` naming the first bad one.
    public func validate() throws {
        func atLeast(_ value: Int?, _ minimum: Int, _ name: String) throws {
            guard let value else { throw InvalidSetting(name: name, requirement: "must be set") }
            if value < minimum { throw InvalidSetting(name: name, requirement: "must be at least \(minimum) (got \(value))") }
        }
        try atLeast(queueDepth, 0, "queueDepth")
        try atLeast(workerStackBytes, 1 << 20, "workerStackBytes")
        try atLeast(cacheBytes, 0, "cacheBytes")
        try atLeast(maxResponseBytes, TraceResponseBody.minimumBudget, "maxResponseBytes")
        let m = maximumLimits
        try atLeast(m.steps, 1, "maximumLimits.steps")
        try atLeast(m.tasks, 1, "maximumLimits.tasks")
        try atLeast(m.output, 0, "maximumLimits.output")
        try atLeast(m.events, 0, "maximumLimits.events")
        try atLeast(m.memory, 1, "maximumLimits.memory")
        try atLeast(m.depth, 1, "maximumLimits.depth")
        try atLeast(m.wallMillis, 1, "maximumLimits.wallMillis")
        guard let time = m.time, time.isFinite, time >= 0 else {
            throw InvalidSetting(name: "maximumLimits.time", requirement: "must be a finite number of seconds >= 0")
        }
    }
}

import ArgumentParser
import Playground

/// The `serve` options of the JSON API: worker queue, result cache and the
/// sandbox maxima (a request may lower a limit, never raise it past these).
struct APIOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Runs that may wait for a worker before 503 (INTERLEAVE_QUEUE_DEPTH). Default 64.", valueName: "count"))
    var queueDepth: Int?
    @Option(help: ArgumentHelp("Result-cache budget in bytes; 0 disables it (INTERLEAVE_CACHE_BYTES). Default 67108864.", valueName: "bytes"))
    var cacheBytes: Int?
    @Flag(help: "Disable the result cache (INTERLEAVE_NO_CACHE=1); same as --cache-bytes 0.")
    var noCache = false
    @Option(help: ArgumentHelp("Largest /api/run body before compression; a longer trace ends as a \"response\" limit (INTERLEAVE_MAX_RESPONSE_BYTES). Default 33554432.", valueName: "bytes"))
    var maxResponseBytes: Int?
    @Option(help: ArgumentHelp("Most bytecode steps per run (INTERLEAVE_MAX_STEPS). Default 5000000.", valueName: "count"))
    var maxSteps: Int?
    @Option(help: ArgumentHelp("Most tasks per run (INTERLEAVE_MAX_TASKS). Default 10000.", valueName: "count"))
    var maxTasks: Int?
    @Option(help: ArgumentHelp("Most virtual seconds per run (INTERLEAVE_MAX_TIME). Default 315360000 (ten years).", valueName: "seconds"))
    var maxTime: Double?
    @Option(help: ArgumentHelp("Most stdout bytes per run (INTERLEAVE_MAX_OUTPUT). Default 1048576.", valueName: "bytes"))
    var maxOutput: Int?
    @Option(help: ArgumentHelp("Most trace events per run (INTERLEAVE_MAX_EVENTS). Default 200000.", valueName: "count"))
    var maxEvents: Int?
    @Option(help: ArgumentHelp("Most bytes of heap per run, counted exactly (INTERLEAVE_MAX_MEMORY). Default 268435456.", valueName: "bytes"))
    var maxMemory: Int?
    @Option(help: ArgumentHelp("Deepest Python call nesting (INTERLEAVE_MAX_DEPTH). Default 200.", valueName: "count"))
    var maxDepth: Int?
    @Option(help: ArgumentHelp("Most wall-clock seconds per run (INTERLEAVE_MAX_WALL). Default 2.", valueName: "seconds"))
    var maxWall: Double?

    /// The API configuration from these flags, then `INTERLEAVE_*` variables, then defaults.
    func makeConfiguration(environment env: Environment) throws -> APIConfiguration {
        var api = APIConfiguration()
        api.queueDepth = try env.integer(queueDepth, "INTERLEAVE_QUEUE_DEPTH", default: api.queueDepth)
        api.cacheBytes = try env.integer(cacheBytes, "INTERLEAVE_CACHE_BYTES", default: api.cacheBytes)
        if try env.bool(noCache, "INTERLEAVE_NO_CACHE") { api.cacheBytes = 0 }
        api.maxResponseBytes = try env.integer(maxResponseBytes, "INTERLEAVE_MAX_RESPONSE_BYTES", default: api.maxResponseBytes)
        var limits = api.maximumLimits
        limits.steps = try env.integer(maxSteps, "INTERLEAVE_MAX_STEPS", default: limits.steps ?? 0)
        limits.tasks = try env.integer(maxTasks, "INTERLEAVE_MAX_TASKS", default: limits.tasks ?? 0)
        limits.time = try env.resolve(maxTime, "INTERLEAVE_MAX_TIME", default: limits.time ?? 0,
                                      expected: "a number of seconds") { Double($0) }
        limits.output = try env.integer(maxOutput, "INTERLEAVE_MAX_OUTPUT", default: limits.output ?? 0)
        limits.events = try env.integer(maxEvents, "INTERLEAVE_MAX_EVENTS", default: limits.events ?? 0)
        limits.memory = try env.integer(maxMemory, "INTERLEAVE_MAX_MEMORY", default: limits.memory ?? 0)
        limits.depth = try env.integer(maxDepth, "INTERLEAVE_MAX_DEPTH", default: limits.depth ?? 0)
        let wall = try env.resolve(maxWall, "INTERLEAVE_MAX_WALL", default: Double(limits.wallMillis ?? 0) / 1000,
                                   expected: "a number of seconds") { Double($0) }
        guard wall.isFinite, wall > 0, wall <= 3600 else {
            throw ValidationError("--max-wall must be between 0 and 3600 seconds, got \(wall)")
        }
        limits.wallMillis = Int((wall * 1000).rounded(.up))
        api.maximumLimits = limits
        do {
            try api.validate()
        } catch let invalid as APIConfiguration.InvalidSetting {
            throw ValidationError("\(Self.flag(for: invalid.name)) \(invalid.requirement)")
        }
        return api
    }

    /// The flag that sets an ``APIConfiguration`` property, for error messages.
    static func flag(for setting: String) -> String {
        let flags = ["queueDepth": "--queue-depth", "cacheBytes": "--cache-bytes", "maxResponseBytes": "--max-response-bytes",
                     "maximumLimits.steps": "--max-steps", "maximumLimits.tasks": "--max-tasks",
                     "maximumLimits.time": "--max-time", "maximumLimits.output": "--max-output",
                     "maximumLimits.events": "--max-events", "maximumLimits.memory": "--max-memory",
                     "maximumLimits.depth": "--max-depth", "maximumLimits.wallMillis": "--max-wall"]
        return flags[setting] ?? setting
    }
}

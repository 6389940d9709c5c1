import ArgumentParser
import Foundation
import Runtime

/// `interleave run FILE.py|-`: runs a program through `ScenarioRunner` and
/// prints its output; an uncaught exception's traceback goes to stderr.
/// Exit status: 0 completed, 1 uncaught exception, 2 usage or syntax error,
/// 3 deadlock (the wait-for graph on stderr), 4 a sandbox limit (named on stderr).
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a program and print its output.")

    @Argument(help: "The program file, or - for standard input.")
    var file: String

    @Option(help: "Scheduling policy: fifo or random.")
    var policy: String = "fifo"

    @Option(help: "Seed for the random policy.")
    var seed: UInt64 = 0

    @Option(help: "Replay a schedule: comma-separated choices (a trace's `schedule`).")
    var schedule: String?

    @Option(help: "Write the trace (JSON) to this file.")
    var trace: String?

    @Option(name: .customLong("chrome-trace"), help: "Write a Chrome trace (chrome://tracing, Perfetto) to this file.")
    var chromeTrace: String?

    @Flag(help: "Record one event per executed source line (with --trace).")
    var lines = false

    @Flag(help: "Also record what each task holds after each event: task states, frames and locals, asyncio objects (implies --lines; with --trace).")
    var state = false

    @Option(help: "Instruction limit (default: none; the wall limit bounds a run on your own machine).")
    var steps: Int?

    @Option(help: "Wall-clock limit in seconds (default 10).")
    var wall: Double?

    @Option(help: "Trace events limit when recording (default 200000).")
    var events: Int?

    @Option(help: "Tasks limit: how many tasks the program may create (default: none).")
    var tasks: Int?

    @Option(name: .customLong("virtual-time"), help: "Virtual-time limit in seconds (default 315360000, ten years).")
    var virtualTime: Double?

    @Option(help: "Call-depth limit (default 1000, CPython's own recursion limit; at most 1000).")
    var depth: Int?

    @Option(help: "Heap limit in bytes (default 268435456).")
    var memory: Int?

    func run() throws {
        // Compiled library modules from the on-disk cache (INTERLEAVE_CACHE_DIR).
        LibraryDiskCache.install()
        let (source, filename) = try CLIInput.read(file, command: "run")
        var scenario = Scenario(source: source, filename: filename,
                                policy: try CLIInput.policy(policy, command: "run"), seed: seed,
                                schedule: try CLIInput.schedule(schedule, command: "run"),
                                limits: CLIInput.limits(steps: steps, wall: wall, command: "run"),
                                detail: state ? .state : (lines ? .lines : .slices),
                                recordEvents: trace != nil || chromeTrace != nil)
        if let events { scenario.limits.events = max(0, events) }
        if let tasks { scenario.limits.tasks = max(0, tasks) }
        if let virtualTime { scenario.limits.time = max(0, virtualTime) }
        if let depth {
            guard (1...1000).contains(depth) else { CLIInput.usage("run", "--depth must be between 1 and 1000, got \(depth)") }
            scenario.limits.depth = depth
        } else {
            // Not a sandbox: recursion goes as deep as CPython lets it.
            scenario.limits.depth = CLIInput.cpythonRecursionLimit
        }
        if let memory {
            guard memory >= 1 else { CLIInput.usage("run", "--memory must be at least 1 byte, got \(memory)") }
            scenario.limits.memory = memory
        }
        if !scenario.recordEvents { scenario.limits.events = nil }
        switch ScenarioRunner.run(scenario) {
        case .failure(let failure):
            CLIInput.writeError(failure.report.isEmpty ? "\(failure.type): \(failure.message)\n" : failure.report)
            throw ExitCode(2)
        case .success(let result):
            FileHandle.standardOutput.write(Data(result.stdout.utf8))
            CLIInput.writeError(result.diagnostics)
            if let path = trace { try CLIInput.write(bytes: result.jsonBytes(), to: path) }
            if let path = chromeTrace { try CLIInput.write(bytes: JSONWriter.bytes(ChromeTrace.json(result)), to: path) }
            switch result.status {
            case .completed: return
            case .exception:
                // An uncaught SystemExit ends the run with its code, as CPython does.
                if let status = SystemExitStatus.status(of: result) { throw ExitCode(status) }
                // CPython ends on an uncaught KeyboardInterrupt as killed by SIGINT.
                if result.error?.type == "KeyboardInterrupt" { throw ExitCode(130) }
                throw ExitCode(1)
            case .deadlock:
                CLIInput.writeError(RunReport.deadlock(result.deadlock ?? []))
                throw ExitCode(3)
            case .limit:
                if let hit = result.limit { CLIInput.writeError(RunReport.limit(hit)) }
                throw ExitCode(4)
            }
        }
    }
}

/// Reading and validating what the `run` and `explore` commands are given.
enum CLIInput {
    /// The program text and the filename tracebacks show; exits 2 if unreadable.
    static func read(_ file: String, command: String) throws -> (String, String) {
        if file == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return (String(decoding: data, as: UTF8.self), "<stdin>")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            usage(command, "cannot read \(file) (no such file, or not readable)")
        }
        return (String(decoding: data, as: UTF8.self), file)
    }

    /// The policy named `name`; exits 2 naming the valid ones otherwise.
    static func policy(_ name: String, command: String) throws -> SchedulingPolicy {
        guard let p = SchedulingPolicy(rawValue: name) else {
            usage(command, "unknown policy '\(name)' (expected one of: "
                  + SchedulingPolicy.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        return p
    }

    /// `0,2,1` as choices; exits 2 on anything that is not a non-negative integer list.
    static func schedule(_ text: String?, command: String) throws -> [Int] {
        guard let text, !text.isEmpty else { return [] }
        var out: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let n = Int(trimmed), n >= 0 else {
                usage(command, "bad --schedule '\(text)': '\(trimmed)' is not a non-negative integer "
                      + "(expected comma-separated choices such as 0,2,1)")
            }
            out.append(n)
        }
        return out
    }

    /// The CLI's limits: `interleave run` on a user's own machine is not a
    /// sandbox, so the steps and tasks limits are off unless asked for; a
    /// 10 s wall clock and the memory limit stay on, and the events limit
    /// still bounds a recorded trace.
    /// CPython's default `sys.getrecursionlimit()`: `interleave run`'s call depth.
    static let cpythonRecursionLimit = 1000

    static func limits(steps: Int?, wall: Double?, command: String) -> RunLimits {
        // `--wall inf`, `nan` or `1e300` trapped converting to milliseconds.
        if let wall, !(wall.isFinite && wall > 0 && wall <= 1_000_000) {
            usage(command, "--wall must be a number of seconds above 0 and at most 1000000, got \(wall)")
        }
        var limits = RunLimits.defaults
        limits.steps = steps.map { max(0, $0) } ?? Int.max
        limits.tasks = Int.max
        limits.wallMillis = Int((wall ?? 10) * 1000)
        return limits
    }

    static func write(_ text: String, to path: String) throws {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` straight from the buffer (a trace can be
    /// hundreds of megabytes: no copy into `Data` first).
    static func write(bytes: [UInt8], to path: String) throws {
        guard let file = fopen(path, "wb") else {
            writeError("interleave: cannot write \(path)\n")
            throw ExitCode(2)
        }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file)
        guard written == bytes.count, closed == 0 else {
            writeError("interleave: cannot write \(path)\n")
            throw ExitCode(2)
        }
    }

    static func writeError(_ text: String) {
        if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
    }

    static func usage(_ command: String, _ message: String) -> Never {
        writeError("interleave \(command): \(message)\n")
        Foundation.exit(2)
    }
}

import Dispatch
import Foundation
/// Systematic schedule exploration (DESIGN.md "Scheduling policies",
/// `explore`): runs a scenario under many sequences of ready-queue choices
/// and groups the runs by outcome (status, stdout, result); each outcome
/// keeps the first schedule that produced it, which replays it through
/// `Scenario.schedule` / `--schedule`.
///
/// By default the search is reduced (Exploration/DPORSearch.swift): each run
/// records which shared state every step touched, and only schedules that
/// reorder conflicting steps are tried, so a small program is covered
/// exhaustively in a few runs (`exhaustive: true` means every Mazurkiewicz
/// class of the program ran). When the run budget cuts the reduced search,
/// the rest of the budget goes to randomized priority schedules (PCT,
/// Exploration/PCTScheduler.swift), which reach deep choice points that
/// the depth-first search had no time for. Without
/// reduction (`reduction: false`) the search is plain depth-first over
/// ready-queue indices, optionally bounded by `maxDeviations`.
public enum Explorer {
    /// Bounds of one exploration.
    public struct Options: Equatable, Sendable {
        /// At most this many runs.
        public var runs: Int
        /// At most this many non-zero choices per schedule (nil: unbounded).
        public var maxDeviations: Int?
        /// Stop exploring (the report says not exhaustive) once this many
        /// wall-clock seconds have passed; nil explores until the run budget.
        public var wallSeconds: Double?
        /// Partial-order reduction (default); false: plain depth-first search.
        public var reduction: Bool
        /// Share of the run budget the reduced search may use before the
        /// remainder goes to random schedules.
        public var systematicShare: Double
        public init(runs: Int = 1000, maxDeviations: Int? = nil, wallSeconds: Double? = nil,
                    reduction: Bool = true, systematicShare: Double = 0.8) {
            self.wallSeconds = wallSeconds
            self.runs = runs
            self.maxDeviations = maxDeviations
            self.reduction = reduction
            self.systematicShare = systematicShare
        }
    }

    /// One distinct way the program can end.
    public struct Outcome: Equatable, Sendable {
        public var status: RunStatus
        public var stdout: String
        public var result: String?
        /// The error type, limit name, ... that ended it (for display).
        public var detail: String?
        /// A schedule that reproduces this outcome.
        public var schedule: [Int]
        /// How many explored runs ended this way.
        public var count: Int
    }

    /// What an exploration found.
    public struct Report: Equatable, Sendable {
        /// Distinct outcomes in the order they were first seen (fifo's first).
        public var outcomes: [Outcome]
        /// Runs made.
        public var runs: Int
        /// True when every schedule that matters was tried: every
        /// Mazurkiewicz class (reduced search), or every schedule within the
        /// deviation bound (plain search). False when a budget cut it, and
        /// for the reduced search when a limit (steps, events, ...) cut one
        /// of its runs short: the races of the steps never taken are unknown.
        public var exhaustive: Bool
        /// "dpor" or "dfs".
        public var strategy: String = "dfs"
        /// Runs of the systematic search and of the randomized fallback.
        public var systematicRuns = 0, randomRuns = 0
        /// The fallback's kind once it ran: "pct" (randomized priority
        /// schedules), with bug depths 1 to `pctDepth` in turn.
        public var fallback: String?
        public var pctDepth: Int?
    }

    /// Explores `scenario` (its policy, seed and schedule are ignored: every
    /// run replays a prefix then continues fifo). Fails only if the program
    /// does not compile.
    public static func explore(_ scenario: Scenario, options: Options = Options()) -> Result<Report, CompileFailure> {
        var base = scenario
        base.policy = .fifo
        base.recordEvents = true  // the outcome's `result` comes from trace events
        var table = OutcomeTable()
        let started = DispatchTime.now().uptimeNanoseconds
        func outOfTime() -> Bool {
            guard table.runs > 0, let budget = options.wallSeconds else { return false }
            return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 > budget
        }
        let budget = max(1, options.runs)
        let program = CompiledProgram(base)
        if !options.reduction {
            // The plain search needs each run's outcome, not its events:
            // untraced runs skip the event recording (Lib/asyncio's and the
            // core's) and may use asyncio's native coroutines.
            var untraced = base
            untraced.recordEvents = false
            untraced.capturesRootResult = true
            let warm = WarmImage.build(untraced)
            defer { warm?.close() }
            // A cold run's instruction count includes the library's import
            // and says nothing about its events: without an image the runs
            // stay traced.
            if warm == nil { untraced = base }
            var prefix: [Int] = []
            while table.runs < budget && !outOfTime() {
                untraced.schedule = prefix
                var (result, counts, heapPeak) = ScenarioRunner.execute(untraced, detectRaces: false, warm: warm,
                                                                        program: program)
                ScenarioRunner.returnFreedMemory(afterPeak: heapPeak)
                guard case .success(var trace) = result else { return result.map { _ in table.report(false) } }
                if let warm, mayHitEventLimit(trace, base.limits, importSteps: warm.importSteps) {
                    // Only a traced run counts events: run this schedule again traced.
                    base.schedule = prefix
                    (result, counts, heapPeak) = ScenarioRunner.execute(base, detectRaces: false, program: program)
                    ScenarioRunner.returnFreedMemory(afterPeak: heapPeak)
                    guard case .success(let traced) = result else { return result.map { _ in table.report(false) } }
                    trace = traced
                }
                table.add(trace)
                guard let next = successor(of: trace.schedule, counts: counts, maxDeviations: options.maxDeviations) else {
                    return .success(table.report(true, strategy: "dfs"))
                }
                prefix = next
            }
            return .success(table.report(false, strategy: "dfs"))
        }
        // Every run starts from the library the program's imports left
        // (Warm/WarmImage.swift), restored after each run.
        let warm = WarmImage.build(base)
        defer { warm?.close() }
        var search = DPORSearch(maxDeviations: options.maxDeviations)
        let systematic = max(1, Int(Double(budget) * options.systematicShare))
        var plan: DPORSearch.Plan? = DPORSearch.Plan(schedule: [], sleepFrom: Int.max, stable: 0, sleeping: [:])
        var longestRun = 0
        while let current = plan, table.runs < systematic, !outOfTime() {
            base.schedule = current.schedule
            let log = AccessLog(userFilename: base.filename, recordUser: false, recordsEnabled: true)
            if AccessLog.debugging { log.debugNames = [:] }
            // Steering around sleeping actors adds deviations from fifo: not under a bound.
            if options.maxDeviations == nil {
                log.sleep(from: current.sleepFrom, stable: current.stable, current.sleeping)
            }
            let (result, _, heapPeak) = ScenarioRunner.execute(base, log: log, warm: warm, program: program)
            ScenarioRunner.returnFreedMemory(afterPeak: heapPeak)
            guard case .success(let trace) = result else { return result.map { _ in table.report(false) } }
            table.add(trace)
            if AccessLog.debugging {
                FileHandle.standardError.write(Data((log.debugDump(run: table.runs) + "schedule \(trace.schedule) -> \(trace.stdout)").utf8))
            }
            search.record(log.steps, complete: !log.overflowed, cut: trace.status == .limit)
            if AccessLog.debugging {
                FileHandle.standardError.write(Data((search.debugLines.joined(separator: "\n") + "\n").utf8))
                search.debugLines = []
            }
            longestRun = max(longestRun, log.steps.count)
            plan = search.next()
        }
        let systematicRuns = table.runs
        if plan == nil {
            var report = table.report(!search.pruned, strategy: "dpor")
            report.systematicRuns = systematicRuns
            return .success(report)
        }
        // Budget cut: randomized priority schedules (PCT) for the rest,
        // bug depths 1 to 3 in turn, change points among the steps of the
        // longest run seen.
        base.schedule = []
        var seed: UInt64 = 1
        while table.runs < budget && !outOfTime() {
            let log = AccessLog(userFilename: base.filename, recordUser: false)
            log.schedule(with: PCTScheduler(seed: seed, depth: 1 + Int(seed % UInt64(Explorer.pctMaxDepth)),
                                            expectedSteps: longestRun))
            seed += 1
            let (result, _, heapPeak) = ScenarioRunner.execute(base, log: log, warm: warm, program: program)
            ScenarioRunner.returnFreedMemory(afterPeak: heapPeak)
            guard case .success(let trace) = result else { return result.map { _ in table.report(false) } }
            table.add(trace)
        }
        var report = table.report(false, strategy: "dpor")
        report.systematicRuns = systematicRuns
        report.randomRuns = table.runs - systematicRuns
        if report.randomRuns > 0 {
            report.fallback = "pct"
            report.pctDepth = Explorer.pctMaxDepth
        }
        return .success(report)
    }

    /// Runs grouped by outcome.
    private struct OutcomeTable {
        var outcomes: [Outcome] = []
        var index: [OutcomeKey: Int] = [:]
        var runs = 0

        mutating func add(_ trace: Trace) {
            runs += 1
            let key = OutcomeKey(status: trace.status, stdout: trace.stdout, result: trace.result)
            if let i = index[key] {
                outcomes[i].count += 1
            } else {
                index[key] = outcomes.count
                outcomes.append(Outcome(status: trace.status, stdout: trace.stdout, result: trace.result,
                                        detail: Explorer.detail(of: trace), schedule: shortest(trace.schedule),
                                        count: 1))
            }
        }

        func report(_ exhaustive: Bool, strategy: String = "dfs") -> Report {
            Report(outcomes: outcomes, runs: runs, exhaustive: exhaustive, strategy: strategy,
                   systematicRuns: runs, randomRuns: 0)
        }
    }

    /// Largest bug depth the PCT fallback targets (depths 1...this in turn).
    static let pctMaxDepth = 3

    /// The next schedule prefix in depth-first order: the deepest choice that
    /// can still take a later alternative within the deviation bound, bumped,
    /// with everything after it left to fifo. Nil when the tree is exhausted.
    static func successor(of taken: [Int], counts: [Int], maxDeviations: Int?) -> [Int]? {
        let n = min(taken.count, counts.count)
        guard n > 0 else { return nil }
        // deviations[i]: non-zero choices among taken[0..<i].
        var deviations = [0]
        for i in 0..<n { deviations.append(deviations[i] + (taken[i] != 0 ? 1 : 0)) }
        for i in stride(from: n - 1, through: 0, by: -1) where taken[i] + 1 < counts[i] {
            if let bound = maxDeviations, deviations[i] + 1 > bound { continue }
            return Array(taken[0..<i]) + [taken[i] + 1]
        }
        return nil
    }

    /// The schedule without its trailing zeros: beyond a replayed schedule's
    /// end the fifo policy picks 0 anyway, so both replay the same run.
    static func shortest(_ schedule: [Int]) -> [Int] {
        Array(schedule[..<(schedule.lastIndex(where: { $0 != 0 }).map { $0 + 1 } ?? 0)])
    }

    /// Whether a run made untraced could have reached the events limit had
    /// it been traced. Every event needs at least one instruction of the
    /// run's own (a resume, suspend, wake, print or spawn comes from code
    /// run in that step, or from a handle that ran); eight events per
    /// instruction is a wide margin. `importSteps`: the instructions the
    /// warm image counted before the run began.
    static func mayHitEventLimit(_ trace: Trace, _ limits: RunLimits, importSteps: Int) -> Bool {
        guard let limit = limits.events else { return false }
        let own = trace.stats.steps - importSteps
        return own >= limit / 8 - 64
    }

    fileprivate static func detail(of trace: Trace) -> String? {
        switch trace.status {
        case .completed: return nil
        case .exception: return trace.error.map { $0.message.isEmpty ? $0.type : "\($0.type): \($0.message)" }
        case .limit: return trace.limit.map { "limit \($0.name)" }
        case .deadlock: return "deadlock of \(trace.deadlock?.count ?? 0) task(s)"
        }
    }

    private struct OutcomeKey: Hashable {
        var status: RunStatus
        var stdout: String
        var result: String?
    }
}

extension Explorer.Report {
    /// The report as JSON (`interleave explore --json`, `POST /api/explore`).
    public func json() -> JSONValue {
        .object([
            ("runs", .int(runs)),
            ("exhaustive", .bool(exhaustive)),
            ("strategy", .string(strategy)),
            ("systematicRuns", .int(systematicRuns)),
            ("randomRuns", .int(randomRuns)),
            ("fallback", fallback.map(JSONValue.string) ?? .null),
            ("pctDepth", pctDepth.map(JSONValue.int) ?? .null),
            ("outcomes", .array(outcomes.map { o in
                .object([
                    ("status", .string(o.status.rawValue)),
                    ("stdout", .string(o.stdout)),
                    ("result", o.result.map(JSONValue.string) ?? .null),
                    ("detail", o.detail.map(JSONValue.string) ?? .null),
                    ("schedule", .array(o.schedule.map(JSONValue.int))),
                    ("count", .int(o.count)),
                ])
            })),
        ])
    }
}

import Dispatch
/// Systematic schedule exploration (DESIGN.md "Scheduling policies",
/// `explore`): runs a scenario under every sequence of ready-queue choices,
/// depth-first in lexicographic order starting from fifo (all zeros),
/// bounded by a budget of runs and optionally by the number of deviations
/// from fifo (choices other than 0). Runs are grouped by outcome (status,
/// stdout, result); each outcome keeps the first schedule that produced it,
/// which replays it through `Scenario.schedule` / `--schedule`.
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
        public init(runs: Int = 100, maxDeviations: Int? = nil, wallSeconds: Double? = nil) {
            self.wallSeconds = wallSeconds
            self.runs = runs
            self.maxDeviations = maxDeviations
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
        /// True when every schedule within the deviation bound was tried
        /// (false: the run budget ran out first).
        public var exhaustive: Bool
    }

    /// Explores `scenario` (its policy, seed and schedule are ignored: every
    /// run replays a prefix then continues fifo). Fails only if the program
    /// does not compile.
    public static func explore(_ scenario: Scenario, options: Options = Options()) -> Result<Report, CompileFailure> {
        var base = scenario
        base.policy = .fifo
        base.recordEvents = true  // the outcome's `result` comes from trace events
        var prefix: [Int] = []
        var outcomes: [Outcome] = []
        var index: [OutcomeKey: Int] = [:]
        var runs = 0
        let started = DispatchTime.now().uptimeNanoseconds
        while runs < max(1, options.runs) {
            if runs > 0, let budget = options.wallSeconds,
               Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 > budget {
                break
            }
            base.schedule = prefix
            let (result, counts, heapPeak) = ScenarioRunner.execute(base)
            ScenarioRunner.returnFreedMemory(afterPeak: heapPeak)
            runs += 1
            let trace: Trace
            switch result {
            case .failure(let failure): return .failure(failure)
            case .success(let t): trace = t
            }
            let key = OutcomeKey(status: trace.status, stdout: trace.stdout, result: trace.result)
            if let i = index[key] {
                outcomes[i].count += 1
            } else {
                index[key] = outcomes.count
                outcomes.append(Outcome(status: trace.status, stdout: trace.stdout, result: trace.result,
                                        detail: detail(of: trace), schedule: shortest(trace.schedule), count: 1))
            }
            guard let next = successor(of: trace.schedule, counts: counts, maxDeviations: options.maxDeviations) else {
                return .success(Report(outcomes: outcomes, runs: runs, exhaustive: true))
            }
            prefix = next
        }
        return .success(Report(outcomes: outcomes, runs: runs, exhaustive: false))
    }

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

    private static func detail(of trace: Trace) -> String? {
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

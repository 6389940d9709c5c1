/// How ``PlaygroundServer/run()`` ended, and so the exit status of `interleave serve`.
public enum ShutdownOutcome: Equatable, Sendable {
    /// Every in-flight request was answered and every worker finished: exit 0.
    case drained
    /// The grace period after the first signal ran out: `openConnections`
    /// connections were closed unanswered or unflushed and `abandonedRuns`
    /// script runs were left running on their workers: exit 3.
    case gracePeriodExpired(openConnections: Int, abandonedRuns: Int)
    /// A second signal arrived while draining: everything still going was
    /// abandoned at once: exit 4.
    case forced(openConnections: Int, abandonedRuns: Int)

    /// The process exit status `interleave serve` reports for this outcome.
    public var exitStatus: Int32 {
        switch self {
        case .drained: return 0
        case .gracePeriodExpired: return 3
        case .forced: return 4
        }
    }

    /// A line for stderr, e.g. `grace period expired: abandoned 1 run, 2 connections`.
    public var summary: String {
        switch self {
        case .drained:
            return "drained: every in-flight request was answered"
        case .gracePeriodExpired(let connections, let runs):
            return "grace period expired: abandoned \(Self.count(runs, "run")) and \(Self.count(connections, "connection"))"
        case .forced(let connections, let runs):
            return "second signal: abandoned \(Self.count(runs, "run")) and \(Self.count(connections, "connection")) at once"
        }
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

import ArgumentParser
import Foundation
import Runtime

/// `interleave explore FILE.py`: runs the program under many schedules
/// (partial-order reduced by default: one run per class of equivalent
/// interleavings, see Runtime's Explorer) and prints each distinct outcome
/// with a schedule that reproduces it via `interleave run --schedule`.
/// Exit status: 0 explored, 2 usage or syntax error.
struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a program under many schedules and list the distinct outcomes.")

    @Argument(help: "The program file, or - for standard input.")
    var file: String

    @Option(help: "Budget: at most this many runs.")
    var runs: Int = 1000

    @Option(name: .customLong("max-deviations"), help: "At most this many choices that differ from fifo per run.")
    var maxDeviations: Int?

    @Flag(name: .customLong("no-reduction"), help: "Plain depth-first search over ready-queue choices (no partial-order reduction).")
    var noReduction = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: "Instruction limit per run.")
    var steps: Int?

    @Option(help: "Wall-clock limit per run in seconds (default 10).")
    var wall: Double?

    func run() throws {
        // Compiled library modules from the on-disk cache (INTERLEAVE_CACHE_DIR).
        LibraryDiskCache.install()
        guard runs >= 1 else { CLIInput.usage("explore", "--runs must be at least 1 (got \(runs))") }
        if let k = maxDeviations, k < 0 { CLIInput.usage("explore", "--max-deviations must be >= 0 (got \(k))") }
        let (source, filename) = try CLIInput.read(file, command: "explore")
        let scenario = Scenario(source: source, filename: filename, limits: CLIInput.limits(steps: steps, wall: wall, command: "explore"))
        switch Explorer.explore(scenario, options: .init(runs: runs, maxDeviations: maxDeviations, reduction: !noReduction)) {
        case .failure(let failure):
            CLIInput.writeError(failure.report.isEmpty ? "\(failure.type): \(failure.message)\n" : failure.report)
            throw ExitCode(2)
        case .success(let report):
            let text = json ? JSONWriter.string(report.json()) + "\n" : Self.summary(report, file: file)
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    static func summary(_ report: Explorer.Report, file: String) -> String {
        var text = "\(report.runs) run(s), \(report.outcomes.count) distinct outcome(s)"
        if report.exhaustive {
            text += report.strategy == "dpor" ? " (exhaustive: every class of equivalent interleavings ran)\n"
                : " (all schedules within the bounds explored)\n"
        } else {
            text += " (not exhaustive: the budget cut the search"
            text += report.randomRuns > 0
                ? "; \(report.randomRuns) of the runs were randomized priority (PCT) schedules, bug depths 1-\(report.pctDepth ?? 1))\n"
                : ")\n"
        }
        for (n, o) in report.outcomes.enumerated() {
            text += "\nOutcome \(n + 1): \(o.status.rawValue)"
            if let d = o.detail { text += " (\(d))" }
            text += ", \(o.count) run(s)\n"
            if let r = o.result { text += "  result: \(r)\n" }
            let schedule = o.schedule.map(String.init).joined(separator: ",")
            text += "  replay: interleave run \(file)" + (schedule.isEmpty ? "" : " --schedule \(schedule)") + "\n"
            text += "  stdout:\n"
            for line in o.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast(o.stdout.hasSuffix("\n") ? 1 : 0) {
                text += "    | \(line)\n"
            }
        }
        return text
    }
}

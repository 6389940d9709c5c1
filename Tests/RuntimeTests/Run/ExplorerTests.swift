import XCTest
@testable import Runtime

/// Schedule exploration: distinct outcomes, each with a replayable schedule.
final class ExplorerTests: XCTestCase {
    private func explore(_ source: String, runs: Int = 200, maxDeviations: Int? = nil) throws -> Explorer.Report {
        var scenario = Scenario(source: source)
        scenario.limits.wallMillis = 20_000
        switch Explorer.explore(scenario, options: .init(runs: runs, maxDeviations: maxDeviations)) {
        case .success(let report): return report
        case .failure(let f): throw f
        }
    }

    func testRacyCounterHasSeveralOutcomesEachReplayable() throws {
        let report = try explore(ExplorePrograms.racyCounter)
        XCTAssertGreaterThan(report.outcomes.count, 1)
        XCTAssertEqual(report.outcomes.first?.stdout, "counter 2\n", "fifo's outcome comes first")
        XCTAssertEqual(report.outcomes.first?.schedule, [], "fifo needs no schedule")
        XCTAssertEqual(report.outcomes.map(\.count).reduce(0, +), report.runs)
        XCTAssertEqual(Set(report.outcomes.map(\.stdout)).count, report.outcomes.count)
        for outcome in report.outcomes {
            let replay = TraceCorpus.run(ExplorePrograms.racyCounter, schedule: outcome.schedule)
            XCTAssertEqual(replay?.stdout, outcome.stdout)
            XCTAssertEqual(replay?.status, outcome.status)
            XCTAssertEqual(replay?.result, outcome.result)
        }
        XCTAssert(report.outcomes.contains { $0.stdout == "counter 4\n" }, "no schedule kept every update")
    }

    func testDeterministicProgramHasOneOutcome() throws {
        let report = try explore(ExplorePrograms.deterministic)
        XCTAssertEqual(report.outcomes.count, 1)
        XCTAssertEqual(report.outcomes.first?.stdout, "0\n1\n2\n")
        XCTAssertTrue(report.exhaustive)
    }

    func testZeroDeviationsRunsOnlyFifo() throws {
        let report = try explore(ExplorePrograms.racyCounter, maxDeviations: 0)
        XCTAssertEqual(report.runs, 1)
        XCTAssertTrue(report.exhaustive)
        XCTAssertEqual(report.outcomes.map(\.stdout), ["counter 2\n"])
    }

    func testDeviationBoundLimitsTheSchedulesTried() throws {
        let one = try explore(ExplorePrograms.racyCounter, maxDeviations: 1)
        let all = try explore(ExplorePrograms.racyCounter, runs: 10_000)
        XCTAssertTrue(all.exhaustive)
        XCTAssertLessThan(one.runs, all.runs)
        for outcome in one.outcomes {
            XCTAssertLessThanOrEqual(outcome.schedule.filter { $0 != 0 }.count, 1)
        }
    }

    func testRunBudgetStopsExploration() throws {
        let report = try explore(ExplorePrograms.racyCounter, runs: 2)
        XCTAssertEqual(report.runs, 2)
        XCTAssertFalse(report.exhaustive)
    }

    func testSuccessorEnumeratesDepthFirst() {
        XCTAssertEqual(Explorer.successor(of: [0, 0], counts: [2, 3], maxDeviations: nil), [0, 1])
        XCTAssertEqual(Explorer.successor(of: [0, 2], counts: [2, 3], maxDeviations: nil), [1])
        XCTAssertNil(Explorer.successor(of: [1, 2], counts: [2, 3], maxDeviations: nil))
        XCTAssertEqual(Explorer.successor(of: [0, 1], counts: [2, 3], maxDeviations: 1), [0, 2])
        XCTAssertNil(Explorer.successor(of: [1, 0], counts: [2, 3], maxDeviations: 1), "a second deviation is over the bound")
        XCTAssertNil(Explorer.successor(of: [], counts: [], maxDeviations: nil))
        XCTAssertEqual(Explorer.shortest([0, 1, 0, 0]), [0, 1])
        XCTAssertEqual(Explorer.shortest([0, 0]), [])
    }

    func testCompileErrorIsReported() {
        guard case .failure(let f) = Explorer.explore(Scenario(source: "def (:\n")) else {
            return XCTFail("expected a compile failure")
        }
        XCTAssertEqual(f.type, "SyntaxError")
        XCTAssertTrue(f.report.contains("SyntaxError"))
    }
}

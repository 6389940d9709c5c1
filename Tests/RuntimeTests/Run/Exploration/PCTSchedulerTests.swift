import XCTest
@testable import Runtime

/// The randomized priority fallback (Run/Exploration/PCTScheduler.swift).
final class PCTSchedulerTests: XCTestCase {
    func testWithoutChangePointsTheSameActorWinsWhateverTheQueueOrder() {
        let pct = PCTScheduler(seed: 42, depth: 1, expectedSteps: 10)
        let first = [2, 4, 6][pct.choose([2, 4, 6])]
        pct.stepTaken()
        XCTAssertEqual([6, 2, 4][pct.choose([6, 2, 4])], first)
        pct.stepTaken()
        XCTAssertEqual([4, 6, 2][pct.choose([4, 6, 2])], first)
    }

    func testAChangePointDemotesTheActorAboutToRun() {
        // Depth 2 over a single step: the change point is step 0.
        let pct = PCTScheduler(seed: 7, depth: 2, expectedSteps: 1)
        let reference = PCTScheduler(seed: 7, depth: 1, expectedSteps: 1)
        let top = reference.choose([2, 4, 6])
        let picked = pct.choose([2, 4, 6])
        XCTAssertNotEqual(picked, top, "the highest-priority actor was demoted at the change point")
        pct.stepTaken()
        // Demoted below every initial priority, it now runs last.
        XCTAssertNotEqual(pct.choose([2, 4, 6]), top)
    }

    func testSameSeedSameSchedule() {
        let a = PCTScheduler(seed: 3, depth: 3, expectedSteps: 5)
        let b = PCTScheduler(seed: 3, depth: 3, expectedSteps: 5)
        for _ in 0..<8 {
            XCTAssertEqual(a.choose([1, 2, 3, 5]), b.choose([1, 2, 3, 5]))
            a.stepTaken()
            b.stepTaken()
        }
    }

    func testBudgetCutFallsBackToReplayablePCTRuns() throws {
        let source = RacyPrograms.counter(tasks: 3)
        var scenario = Scenario(source: source)
        scenario.limits.wallMillis = 20_000
        // 16 systematic runs of the 36 the reduced search needs, then PCT.
        guard case .success(let report) = Explorer.explore(scenario, options: .init(runs: 20)) else {
            return XCTFail("compile failure")
        }
        XCTAssertFalse(report.exhaustive)
        XCTAssertEqual(report.fallback, "pct")
        XCTAssertEqual(report.pctDepth, Explorer.pctMaxDepth)
        XCTAssertEqual(report.systematicRuns + report.randomRuns, 20)
        XCTAssertGreaterThan(report.randomRuns, 0)
        for outcome in report.outcomes {
            let replay = TraceCorpus.run(source, schedule: outcome.schedule)
            XCTAssertEqual(replay?.stdout, outcome.stdout, "schedule \(outcome.schedule)")
        }
    }
}

import XCTest
@testable import Runtime

/// Partial-order-reduced exploration: outcome sets of small racy programs
/// (stated in RacyPrograms from reasoning), exhaustiveness, replay.
final class ReducedExplorationTests: XCTestCase {
    private func explore(_ source: String, runs: Int = 2000, maxDeviations: Int? = nil,
                         reduction: Bool = true, limits: (inout RunLimits) -> Void = { _ in }) throws -> Explorer.Report {
        var scenario = Scenario(source: source)
        scenario.limits.wallMillis = 20_000
        limits(&scenario.limits)
        let options = Explorer.Options(runs: runs, maxDeviations: maxDeviations, reduction: reduction)
        switch Explorer.explore(scenario, options: options) {
        case .success(let report): return report
        case .failure(let f): throw f
        }
    }

    private func assertReplays(_ source: String, _ report: Explorer.Report, file: StaticString = #filePath,
                               line: UInt = #line) {
        for outcome in report.outcomes {
            let replay = TraceCorpus.run(source, schedule: outcome.schedule)
            XCTAssertEqual(replay?.stdout, outcome.stdout, "schedule \(outcome.schedule)", file: file, line: line)
            XCTAssertEqual(replay?.status, outcome.status, "schedule \(outcome.schedule)", file: file, line: line)
        }
    }

    func testRacyCounterWithTwoTasks() throws {
        let source = RacyPrograms.counter(tasks: 2)
        let report = try explore(source)
        XCTAssertEqual(Set(report.outcomes.map(\.stdout)), ["1\n", "2\n"])
        XCTAssertTrue(report.exhaustive)
        XCTAssertEqual(report.strategy, "dpor")
        assertReplays(source, report)
    }

    func testRacyCounterWithThreeTasks() throws {
        let source = RacyPrograms.counter(tasks: 3)
        let report = try explore(source)
        XCTAssertEqual(Set(report.outcomes.map(\.stdout)), ["1\n", "2\n", "3\n"])
        XCTAssertTrue(report.exhaustive)
        XCTAssertEqual(report.randomRuns, 0)
        assertReplays(source, report)
    }

    func testCheckThenActOnADict() throws {
        let report = try explore(RacyPrograms.checkThenAct)
        XCTAssertEqual(Set(report.outcomes.map(\.stdout)), ["a a\n", "a b\n", "b b\n"])
        XCTAssertTrue(report.exhaustive)
        assertReplays(RacyPrograms.checkThenAct, report)
    }

    func testDiningPhilosophersFindTheDeadlock() throws {
        let report = try explore(RacyPrograms.diningPhilosophers)
        XCTAssertTrue(report.exhaustive)
        XCTAssertTrue(report.outcomes.contains { $0.status == .deadlock })
        XCTAssertTrue(report.outcomes.contains { $0.status == .completed })
        for outcome in report.outcomes where outcome.status == .completed {
            XCTAssertEqual(outcome.stdout.split(separator: "\n").count, 3, "everyone eats once")
        }
        assertReplays(RacyPrograms.diningPhilosophers, report)
    }

    func testLockProtectedCounterHasOneOutcome() throws {
        let report = try explore(RacyPrograms.lockedCounter)
        XCTAssertEqual(report.outcomes.map(\.stdout), ["3\n"])
        XCTAssertTrue(report.exhaustive)
    }

    func testReductionNeedsFewerRunsThanPlainSearch() throws {
        for source in [RacyPrograms.independent, RacyPrograms.counter(tasks: 2)] {
            let reduced = try explore(source)
            let plain = try explore(source, runs: 10_000, reduction: false)
            XCTAssertTrue(reduced.exhaustive)
            XCTAssertTrue(plain.exhaustive)
            XCTAssertEqual(Set(reduced.outcomes.map(\.stdout)), Set(plain.outcomes.map(\.stdout)))
            XCTAssertLessThan(reduced.runs, plain.runs)
        }
    }

    func testBudgetCutIsNotExhaustiveAndEndsWithRandomRuns() throws {
        let source = RacyPrograms.counter(tasks: 3)
        let report = try explore(source, runs: 5)
        XCTAssertFalse(report.exhaustive)
        XCTAssertEqual(report.runs, 5)
        XCTAssertEqual(report.systematicRuns, 4)
        XCTAssertEqual(report.randomRuns, 1)
        assertReplays(source, report)
    }

    /// `a` and `b` both yield once; then `a` spins far past the limit
    /// before writing `flag`, while `b` prints it. Whichever of the two
    /// resumes first decides the outcome: `a` first, and the limit ends
    /// the run inside its loop before `b` printed anything; `b` first, and
    /// it prints 0, then `a`'s loop hits the limit. So two outcomes, both
    /// cut by the limit, and since the cut runs never took their later
    /// steps, the reduced search cannot claim to have covered every class.
    static let cutByALimit = """
    import asyncio

    flag = 0

    async def a():
        global flag
        await asyncio.sleep(0)
        for i in range(LOOP):
            SPIN
        flag = 1

    async def b():
        await asyncio.sleep(0)
        print(flag)

    async def main():
        await asyncio.gather(a(), b())

    asyncio.run(main())

    """

    func testRunCutByTheStepsLimitIsNotExhaustive() throws {
        let source = Self.cutByALimit.replacingOccurrences(of: "LOOP", with: "1_000_000")
            .replacingOccurrences(of: "SPIN", with: "pass")
        let report = try explore(source) { $0.steps = 300_000 }
        XCTAssertFalse(report.exhaustive)
        XCTAssertEqual(Set(report.outcomes.map(\.status)), [.limit])
        XCTAssertEqual(Set(report.outcomes.map(\.stdout)), ["", "0\n"])
        let plain = try explore(source, reduction: false) { $0.steps = 300_000 }
        XCTAssertEqual(Set(plain.outcomes.map(\.stdout)), ["", "0\n"])
    }

    func testRunCutByTheEventsLimitIsNotExhaustive() throws {
        // Each print is an event: 1 000 of them cannot fit in 100.
        let source = Self.cutByALimit.replacingOccurrences(of: "LOOP", with: "1_000")
            .replacingOccurrences(of: "SPIN", with: "print('.', end='')")
        let report = try explore(source) { $0.events = 100 }
        XCTAssertFalse(report.exhaustive)
        XCTAssertEqual(Set(report.outcomes.map(\.status)), [.limit])
        XCTAssertTrue(report.outcomes.contains { $0.stdout.hasPrefix("0\n.") }, "b printed before a's loop")
        XCTAssertTrue(report.outcomes.contains { $0.stdout.hasPrefix(".") }, "a's loop first")
    }

    func testZeroDeviationsRunsOnlyFifo() throws {
        let report = try explore(RacyPrograms.counter(tasks: 3), maxDeviations: 0)
        XCTAssertEqual(report.runs, 1)
        XCTAssertTrue(report.exhaustive, "exhaustive within the bound")
    }

    func testNativeCallbacksAndTimersAgreeWithPlainSearch() throws {
        // A call_later callback appends to a list natively (no opcode runs),
        // racing with two tasks woken at the same virtual time.
        let source = """
        import asyncio
        log = []
        async def a():
            await asyncio.sleep(0.1)
            log.append("a1")
            await asyncio.sleep(0)
            log.append("a2")
        async def b():
            await asyncio.sleep(0.1)
            log.append("b1")
        async def main():
            asyncio.get_running_loop().call_later(0.1, log.append, "cb")
            await asyncio.gather(a(), b())
            print(log)
        asyncio.run(main())

        """
        let reduced = try explore(source)
        let plain = try explore(source, runs: 10_000, reduction: false)
        XCTAssertTrue(reduced.exhaustive)
        XCTAssertTrue(plain.exhaustive)
        XCTAssertEqual(Set(reduced.outcomes.map(\.stdout)), Set(plain.outcomes.map(\.stdout)))
        XCTAssertGreaterThan(reduced.outcomes.count, 3, "cb, a1 and b1 interleave in any order")
    }

    // MARK: precision of the dependency relation

    func testRacyCounterNeedsOneRunPerMazurkiewiczClass() throws {
        // Three read -> write chains on one counter: of the 90 interleavings,
        // those that differ only in the order of adjacent reads are
        // equivalent, which leaves 36 classes (enumerated by hand: the
        // orders of the three writes, times where each read falls among the
        // other tasks' writes). gather's done callbacks commute, so the
        // reduced search needs exactly one run per class.
        let report = try explore(RacyPrograms.counter(tasks: 3))
        XCTAssertTrue(report.exhaustive)
        XCTAssertEqual(report.runs, 36)
    }

    func testTaskGroupAndWaitCallbacksCommuteLikeGather() throws {
        let group = try explore(CommutingPrograms.taskGroupCounter)
        XCTAssertEqual(Set(group.outcomes.map(\.stdout)), ["1\n", "2\n", "3\n"])
        XCTAssertTrue(group.exhaustive)
        XCTAssertEqual(group.runs, 36)
        assertReplays(CommutingPrograms.taskGroupCounter, group)
        let wait = try explore(CommutingPrograms.waitAllCounter)
        XCTAssertEqual(Set(wait.outcomes.map(\.stdout)), ["3 1\n", "3 2\n", "3 3\n"])
        XCTAssertTrue(wait.exhaustive)
        XCTAssertEqual(wait.runs, 36)
    }

    func testWaitFirstCompletedCallbacksAreOrdered() throws {
        let report = try explore(CommutingPrograms.waitFirstCompleted)
        XCTAssertEqual(Set(report.outcomes.map(\.stdout)), ["chatty\nmain\n", "main\nchatty\n"])
        XCTAssertTrue(report.exhaustive)
        assertReplays(CommutingPrograms.waitFirstCompleted, report)
    }

    func testFailingGatherChildrenAreOrdered() throws {
        let report = try explore(CommutingPrograms.gatherTwoFailures)
        XCTAssertEqual(Set(report.outcomes.map(\.stdout)), ["ValueError\n", "KeyError\n"])
        XCTAssertTrue(report.exhaustive)
        assertReplays(CommutingPrograms.gatherTwoFailures, report)
    }

    func testLoopStopIsOrderedWithTheTasksItCutsOff() throws {
        let report = try explore(CommutingPrograms.cutOffAtShutdown)
        XCTAssertEqual(Set(report.outcomes.map(\.stdout)), ["", "bg\n"])
        XCTAssertTrue(report.exhaustive)
        assertReplays(CommutingPrograms.cutOffAtShutdown, report)
    }

    func testTaskNameIsSharedState() throws {
        let report = try explore(CommutingPrograms.renamedTask)
        XCTAssertEqual(Set(report.outcomes.map(\.stdout)), ["orig\n", "renamed\n"])
        XCTAssertTrue(report.exhaustive)
    }

    func testReductionFindsWhatPlainSearchFinds() throws {
        for (name, source) in CommutingPrograms.againstPlainSearch {
            let reduced = try explore(source)
            let plain = try explore(source, runs: 10_000, reduction: false)
            XCTAssertTrue(reduced.exhaustive, name)
            XCTAssertTrue(plain.exhaustive, name)
            XCTAssertEqual(Set(reduced.outcomes.map { "\($0.status) \($0.stdout)" }),
                           Set(plain.outcomes.map { "\($0.status) \($0.stdout)" }), name)
            XCTAssertLessThan(reduced.runs, plain.runs, name)
            assertReplays(source, reduced)
        }
    }
}

import XCTest
@testable import Runtime

/// Exploration of the learner programs and of the hidden-dependency
/// programs with the default options: the outcome set stated in each
/// program's comment, found exhaustively, every reported schedule
/// replaying to its outcome, and the race detector warning exactly on the
/// racy ones.
final class LearnerProgramsTests: XCTestCase {
    private func explore(_ source: String, options: Explorer.Options = Explorer.Options()) throws -> Explorer.Report {
        var scenario = Scenario(source: source)
        scenario.limits.wallMillis = 20_000
        switch Explorer.explore(scenario, options: options) {
        case .success(let report): return report
        case .failure(let f): throw f
        }
    }

    private static func label(_ status: RunStatus, _ stdout: String) -> String {
        status == .deadlock ? "deadlock" : (status == .completed ? stdout : "\(status.rawValue) \(stdout)")
    }

    private func check(_ program: LearnerProgram, file: StaticString = #filePath, line: UInt = #line) throws {
        let report = try explore(program.source)
        let found = Set(report.outcomes.map { Self.label($0.status, $0.stdout) })
        XCTAssertEqual(found, program.outcomes, program.name, file: file, line: line)
        XCTAssertTrue(report.exhaustive, "\(program.name): \(report.runs) runs", file: file, line: line)
        XCTAssertEqual(report.randomRuns, 0, program.name, file: file, line: line)
        // One run per Mazurkiewicz class: the most these programs have is
        // the 162 of the three logging jobs (90 logs, times the orders of
        // main's own steps that also touch the log).
        XCTAssertLessThanOrEqual(report.runs, 200, program.name, file: file, line: line)
        for outcome in report.outcomes {
            let replay = TraceCorpus.run(program.source, schedule: outcome.schedule)
            XCTAssertEqual(replay.map { Self.label($0.status, $0.stdout) }, Self.label(outcome.status, outcome.stdout),
                           "\(program.name): schedule \(outcome.schedule)", file: file, line: line)
        }
        guard program.race != LearnerProgram.unchecked else { return }
        // A fifo run and the run of every reported schedule.
        let schedules = [[Int]()] + report.outcomes.map(\.schedule)
        var variables = Set<String>()
        for schedule in schedules {
            let warnings = TraceCorpus.run(program.source, schedule: schedule)?.warnings ?? []
            for w in warnings where w.kind == "race" { variables.insert(w.variable ?? "?") }
        }
        if let race = program.race {
            XCTAssertTrue(variables.contains(race), "\(program.name): warned about \(variables)", file: file, line: line)
        } else {
            XCTAssertEqual(variables, [], "\(program.name) must be silent", file: file, line: line)
        }
    }

    func testLearnerProgramsFindEveryOutcomeExhaustively() throws {
        for program in LearnerPrograms.all { try check(program) }
    }

    func testRacyVariantsFindEveryOutcomeExhaustively() throws {
        for program in RacyVariantPrograms.all { try check(program) }
    }

    /// The plain search (no reduction) runs untraced, from a warm image
    /// restored after every run: the same outcomes, and nothing else even
    /// where the budget cuts it (a run that inherits state from the one
    /// before shows up as an outcome no schedule has).
    func testPlainSearchFindsTheSameOutcomes() throws {
        var options = Explorer.Options()
        options.reduction = false
        options.runs = 2_000
        for program in LearnerPrograms.all + RacyVariantPrograms.all {
            let report = try explore(program.source, options: options)
            let found = Set(report.outcomes.map { Self.label($0.status, $0.stdout) })
            if report.exhaustive {
                XCTAssertEqual(found, program.outcomes, program.name)
            } else {
                XCTAssertTrue(found.isSubset(of: program.outcomes), "\(program.name): \(found)")
            }
        }
    }

    func testHiddenDependenciesAreRecorded() throws {
        for program in HiddenDependencyPrograms.all { try check(program) }
    }

    func testCheckThenActOnAListIsFlaggedAtTheLenTest() throws {
        let trace = try XCTUnwrap(TraceCorpus.run(LearnerPrograms.checkThenActList.source))
        let race = try XCTUnwrap(trace.warnings.first { $0.kind == "race" })
        XCTAssertEqual(race.lines.first, 4, "the len() check")
        XCTAssertEqual(race.lines.dropFirst().first, 6, "the append")
    }

    func testBuiltinMethodCallsAreNotChecksOfTheirReceiver() {
        // `active.add(name)` then, after the yield, len() and discard() in
        // one step: no read of the set spans the await, so no race.
        let source = """
        import asyncio
        active = set()
        async def w(name, out):
            active.add(name)
            await asyncio.sleep(0)
            out.append(len(active))
            active.discard(name)
        async def main():
            o = []
            await asyncio.gather(w("a", o), w("b", o))
            print(o)
        asyncio.run(main())

        """
        XCTAssertEqual(TraceCorpus.run(source)?.warnings.filter { $0.kind == "race" }.count, 0)
    }

    func testTwoLockDeadlockIsFoundWithinTheDefaultBudgetAndReplays() throws {
        let report = try explore(LearnerPrograms.twoLockDeadlock.source)
        let deadlock = try XCTUnwrap(report.outcomes.first { $0.status == .deadlock })
        XCTAssertEqual(TraceCorpus.run(LearnerPrograms.twoLockDeadlock.source, schedule: deadlock.schedule)?.status, .deadlock)
    }
}

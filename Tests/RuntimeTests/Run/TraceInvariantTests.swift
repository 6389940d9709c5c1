import XCTest
@testable import Runtime

/// DESIGN.md's trace invariants, checked on every corpus program, and
/// schedule replay: a trace's `schedule` reproduces the same events.
final class TraceInvariantTests: XCTestCase {
    func testInvariantsHoldOnEveryCorpusProgram() throws {
        let programs = TraceCorpus.programs()
        try XCTSkipIf(programs.isEmpty, "no corpus programs found")
        var checked = 0
        for (name, source) in programs {
            guard let trace = TraceCorpus.run(source) else { continue }  // compile errors are the Script tests' job
            checked += 1
            let problems = TraceCorpus.violations(trace)
            XCTAssert(problems.isEmpty, "\(name): \(problems.prefix(3).joined(separator: "; "))")
        }
        XCTAssertGreaterThan(checked, 30)
    }

    func testInvariantsHoldUnderTheRandomPolicy() throws {
        let programs = TraceCorpus.programs()
        try XCTSkipIf(programs.isEmpty, "no corpus programs found")
        for (name, source) in programs {
            guard let trace = TraceCorpus.run(source, policy: .random, seed: 7) else { continue }
            let problems = TraceCorpus.violations(trace)
            XCTAssert(problems.isEmpty, "\(name) (random): \(problems.prefix(3).joined(separator: "; "))")
        }
    }

    func testReplayingAScheduleReproducesTheTrace() throws {
        let programs = TraceCorpus.programs()
        try XCTSkipIf(programs.isEmpty, "no corpus programs found")
        var nontrivial = 0
        for (name, source) in programs {
            guard let first = TraceCorpus.run(source, policy: .random, seed: 3), first.status != .limit else { continue }
            if first.schedule.contains(where: { $0 != 0 }) { nontrivial += 1 }
            guard let replay = TraceCorpus.run(source, schedule: first.schedule) else {
                XCTFail("\(name): replay did not compile"); continue
            }
            XCTAssertEqual(replay.schedule, first.schedule, name)
            XCTAssertEqual(replay.stdout, first.stdout, name)
            XCTAssertEqual(replay.status, first.status, name)
            XCTAssertEqual(replay.events.count, first.events.count, name)
            XCTAssert(zip(replay.events, first.events).allSatisfy { $0.json() == $1.json() },
                      "\(name): replayed events differ")
        }
        XCTAssertGreaterThan(nontrivial, 5, "the random policy should deviate from fifo on some programs")
    }

    func testFifoRecordsOnlyZeroChoices() {
        let trace = TraceCorpus.run(ExplorePrograms.racyCounter)
        XCTAssertEqual(trace?.status, .completed)
        XCTAssertFalse(trace?.schedule.isEmpty ?? true)
        XCTAssert(trace?.schedule.allSatisfy { $0 == 0 } ?? false)
    }

    func testRandomPolicyIsDeterministicPerSeedAndSeedsDiffer() {
        let a = TraceCorpus.run(ExplorePrograms.racyCounter, policy: .random, seed: 42)
        let b = TraceCorpus.run(ExplorePrograms.racyCounter, policy: .random, seed: 42)
        XCTAssertEqual(a?.schedule, b?.schedule)
        XCTAssertEqual(a?.stdout, b?.stdout)
        XCTAssertEqual(a?.events.map { $0.json() }, b?.events.map { $0.json() })
        var outputs = Set<String>()
        for seed in UInt64(0)..<64 {
            if let t = TraceCorpus.run(ExplorePrograms.racyCounter, policy: .random, seed: seed) { outputs.insert(t.stdout) }
            if outputs.count > 1 { break }
        }
        XCTAssertGreaterThan(outputs.count, 1, "different seeds never produced different counter values")
    }
}

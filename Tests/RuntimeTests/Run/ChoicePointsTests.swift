import XCTest
@testable import Runtime

/// The trace's `choices`: the ready alternatives at every choice point.
final class ChoicePointsTests: XCTestCase {
    func testEveryScheduleEntryHasItsAlternatives() throws {
        let trace = try XCTUnwrap(TraceCorpus.run(RacyPrograms.counter(tasks: 2)))
        XCTAssertFalse(trace.choices.isEmpty)
        XCTAssertEqual(trace.choices.map(\.chosen), trace.schedule)
        for choice in trace.choices {
            XCTAssertGreaterThan(choice.alternatives.count, 1)
        }
        // The first choice: both workers ready to start, oldest first.
        let first = try XCTUnwrap(trace.choices.first)
        XCTAssertEqual(first.alternatives.compactMap { $0["coroutine"]?.stringValue }, ["worker", "worker"])
        XCTAssertEqual(first.alternatives.compactMap { $0["name"]?.stringValue }, ["Task-2", "Task-3"])
    }

    func testAPickReplaysThePrefixPlusTheNewChoice() throws {
        let fifo = try XCTUnwrap(TraceCorpus.run(RacyPrograms.counter(tasks: 2)))
        let second = try XCTUnwrap(fifo.choices.first?.alternatives.last?["task"]?.intValue)
        let picked = try XCTUnwrap(TraceCorpus.run(RacyPrograms.counter(tasks: 2), schedule: [1]))
        XCTAssertEqual(picked.choices.first?.chosen, 1)
        XCTAssertEqual(picked.choices.first?.alternatives.last?["task"]?.intValue, second)
        XCTAssertEqual(picked.schedule.first, 1)
    }
}

import XCTest
@testable import Runtime

/// The reduction's bookkeeping on hand-made step logs (no VM).
final class DPORSearchTests: XCTestCase {
    private func step(_ actor: Int, enabled: [Int], reads: [Int] = [], writes: [Int] = []) -> AccessLog.Step {
        var s = AccessLog.Step(actor: actor, enabled: enabled, chosen: enabled.firstIndex(of: actor) ?? 0,
                               enabler: -1, epoch: 0)
        s.reads = Set(reads.map { AccessLog.Key(object: $0, name: 0) })
        s.writes = Set(writes.map { AccessLog.Key(object: $0, name: 0) })
        return s
    }

    func testDisjointStepsCommute() {
        var search = DPORSearch(maxDeviations: nil)
        search.record([step(2, enabled: [2, 4], writes: [1]), step(4, enabled: [4], writes: [2])], complete: true)
        XCTAssertNil(search.next(), "one order covers both")
    }

    func testConflictingStepsAreTriedBothWays() {
        var search = DPORSearch(maxDeviations: nil)
        search.record([step(2, enabled: [2, 4], writes: [1]), step(4, enabled: [4], reads: [1])], complete: true)
        let plan = search.next()
        XCTAssertEqual(plan?.schedule, [1], "actor 4 first")
        search.record([step(4, enabled: [2, 4], reads: [1]), step(2, enabled: [2], writes: [1])], complete: true)
        XCTAssertNil(search.next())
    }

    func testReadsCommute() {
        var search = DPORSearch(maxDeviations: nil)
        search.record([step(2, enabled: [2, 4], reads: [1]), step(4, enabled: [4], reads: [1])], complete: true)
        XCTAssertNil(search.next())
    }

    func testEnablingOrdersSteps() {
        // Actor 4's step was queued by actor 2's: it cannot run first.
        var search = DPORSearch(maxDeviations: nil)
        var second = step(4, enabled: [4], reads: [1])
        second.enabler = 0
        search.record([step(2, enabled: [2], writes: [1]), second], complete: true)
        XCTAssertNil(search.next())
    }

    func testUnanalysedRunMarksTheSearchIncomplete() {
        var search = DPORSearch(maxDeviations: nil)
        search.record([step(2, enabled: [2])], complete: false)
        XCTAssertTrue(search.pruned)
    }
}

/// Adds (commutative updates), enabling after adds, and `loop.stop()`.
final class DPORSearchAddsTests: XCTestCase {
    private func step(_ actor: Int, enabled: [Int], reads: [Int] = [], writes: [Int] = [], adds: [Int] = [],
                      enabler: Int = -1) -> AccessLog.Step {
        var s = AccessLog.Step(actor: actor, enabled: enabled, chosen: enabled.firstIndex(of: actor) ?? 0,
                               enabler: enabler, epoch: 0)
        s.reads = Set(reads.map { AccessLog.Key(object: $0, name: 0) })
        s.writes = Set(writes.map { AccessLog.Key(object: $0, name: 0) })
        s.adds = Set(adds.map { AccessLog.Key(object: $0, name: 0) })
        return s
    }

    func testAddsCommute() {
        var search = DPORSearch(maxDeviations: nil)
        search.record([step(3, enabled: [3, 5], adds: [1]), step(5, enabled: [5], adds: [1])], complete: true)
        XCTAssertNil(search.next(), "two adds of one location: one order covers both")
    }

    func testAnAddConflictsWithAReadAndAWrite() {
        for other in [step(5, enabled: [5], reads: [1]), step(5, enabled: [5], writes: [1])] {
            var search = DPORSearch(maxDeviations: nil)
            search.record([step(3, enabled: [3, 5], adds: [1]), other], complete: true)
            XCTAssertEqual(search.next()?.schedule, [1], "the other step first")
        }
    }

    func testWhatTheLastAddQueuesFollowsEveryAdd() {
        // Two commuting adds; the second queues actor 7 once the count hit
        // zero, and 7 reads the location: 7 can never run between them.
        var last = step(5, enabled: [5], adds: [1])
        last.enablesAfterAdds = true
        let reader = step(7, enabled: [7], reads: [1], enabler: 1)
        var search = DPORSearch(maxDeviations: nil)
        search.record([step(3, enabled: [3, 5], adds: [1]), last, reader], complete: true)
        XCTAssertNil(search.next())
    }

    func testWithoutThatTheReadRacesWithTheFirstAdd() {
        // Control: an ordinary enabler leaves the first add unordered with
        // the reader, so the search tries to move the reader first.
        let reader = step(7, enabled: [7], reads: [1], enabler: 1)
        var search = DPORSearch(maxDeviations: nil)
        search.record([step(3, enabled: [3, 5], adds: [1]), step(5, enabled: [5], adds: [1]), reader],
                      complete: true)
        XCTAssertNotNil(search.next())
    }

    func testLoopStopTriesTheHandlesItMayCutOff() {
        // Actor 3 stops the loop while actor 5 is ready; 5 never runs.
        var stop = step(3, enabled: [3, 5])
        stop.stopsLoop = true
        var search = DPORSearch(maxDeviations: nil)
        search.record([stop], complete: true)
        XCTAssertEqual(search.next()?.schedule, [1], "actor 5 before the stop")
    }
}

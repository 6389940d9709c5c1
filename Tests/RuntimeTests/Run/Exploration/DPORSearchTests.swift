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

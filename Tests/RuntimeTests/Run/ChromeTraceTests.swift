import XCTest
@testable import Runtime

/// The Chrome trace-event export: balanced slices on one track per task.
final class ChromeTraceTests: XCTestCase {
    func testSlicesBalancePerTaskAndPrintsAreInstants() throws {
        let trace = try XCTUnwrap(TraceCorpus.run(ExplorePrograms.racyCounter))
        let doc = ChromeTrace.json(trace)
        guard case .array(let events) = doc["traceEvents"] ?? .null else { return XCTFail("no traceEvents") }
        var depth: [Int: Int] = [:]
        var lastTs = -1
        for e in events where e["ph"] != "M" {
            let tid = try XCTUnwrap(e["tid"]?.intValue)
            let ts = try XCTUnwrap(e["ts"]?.intValue)
            XCTAssertGreaterThanOrEqual(ts, lastTs)
            lastTs = ts
            if e["ph"] == "B" { depth[tid, default: 0] += 1; XCTAssertEqual(depth[tid], 1) }
            if e["ph"] == "E" { depth[tid, default: 0] -= 1; XCTAssertEqual(depth[tid], 0) }
        }
        XCTAssert(depth.values.allSatisfy { $0 == 0 })
        let tracks = Set(events.filter { $0["ph"] == "M" && $0["name"] == "thread_name" }.compactMap { $0["tid"]?.intValue })
        XCTAssertTrue(Set(trace.tasks.map(\.id)).isSubset(of: tracks))
        let prints = events.filter { $0["ph"] == "i" && ($0["name"]?.stringValue ?? "").hasPrefix("print") }
        XCTAssertEqual(prints.count, trace.events.filter { $0.kind == .print }.count)
    }
}

/// The chooser: replay first, then the policy; counts of ready handles.
final class ScheduleChooserTests: XCTestCase {
    func testReplayThenFifoAndReadyCounts() {
        var c = ScheduleChooser(policy: .fifo, seed: 0, replay: [2, 1])
        XCTAssertEqual(c.choose(among: 3), 2)
        XCTAssertEqual(c.choose(among: 1), 0, "a single ready handle is not a choice")
        XCTAssertEqual(c.choose(among: 2), 1)
        XCTAssertEqual(c.choose(among: 4), 0)
        XCTAssertEqual(c.taken, [2, 1, 0])
        XCTAssertEqual(c.readyCounts, [3, 2, 4])
    }

    func testOutOfRangeReplayIsClamped() {
        var c = ScheduleChooser(policy: .fifo, seed: 0, replay: [9])
        XCTAssertEqual(c.choose(among: 2), 1)
    }
}

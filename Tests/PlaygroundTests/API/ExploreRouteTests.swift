import Foundation
import HTTP1
import Runtime
import XCTest
@testable import Playground

/// `POST /api/explore` over real sockets: distinct outcomes of a racy
/// program, each with a schedule that `/api/run` replays to that outcome.
final class ExploreRouteTests: XCTestCase {
    private let racy = """
    import asyncio
    counter = 0
    async def bump():
        global counter
        seen = counter
        await asyncio.sleep(0)
        counter = seen + 1
    async def main():
        await asyncio.gather(bump(), bump(), bump())
        print(counter)
    asyncio.run(main())

    """

    func testRacyCounterHasSeveralOutcomesEachReplayable() throws {
        let server = try APITestServer()
        defer { server.stop() }
        let response = try server.send("POST", path: "/api/explore?runs=60",
                                       headers: ["Content-Type": "text/x-python"], body: Array(racy.utf8))
        XCTAssertEqual(response.status, 200, response.text)
        let report = try JSONParser.parse(response.body)
        guard case .array(let outcomes)? = report["outcomes"] else { return XCTFail("no outcomes: \(response.text)") }
        let printed = Set(outcomes.compactMap { $0["stdout"]?.stringValue })
        XCTAssertTrue(printed.contains("1\n"), "fifo outcome missing: \(printed)")
        XCTAssertGreaterThan(printed.count, 1, "exploration found only \(printed)")
        for outcome in outcomes {
            guard case .array(let schedule)? = outcome["schedule"] else { return XCTFail("no schedule") }
            let query = "?schedule=" + schedule.compactMap { $0.intValue.map(String.init) }.joined(separator: ",")
            let replay = try JSONParser.parse(server.run(racy, query: query).body)
            XCTAssertEqual(replay["stdout"], outcome["stdout"], "schedule \(query) did not reproduce its outcome")
        }
    }

    func testBadOptionsAre400AndBrokenProgramsAre422() throws {
        let server = try APITestServer()
        defer { server.stop() }
        let json = ["Content-Type": "application/json"]
        let zeroRuns = try server.send("POST", path: "/api/explore", headers: json,
                                       body: Array(#"{"source": "print(1)", "runs": 0}"#.utf8))
        XCTAssertEqual(zeroRuns.status, 400)
        XCTAssertEqual(try JSONParser.parse(zeroRuns.body)["error"]?["field"], "runs")
        let unknown = try server.send("POST", path: "/api/explore", headers: json,
                                      body: Array(#"{"source": "print(1)", "bogus": 1}"#.utf8))
        XCTAssertEqual(unknown.status, 400)
        let broken = try server.send("POST", path: "/api/explore", headers: json,
                                     body: Array(#"{"source": "print(", "maxDeviations": 1}"#.utf8))
        XCTAssertEqual(broken.status, 422)
        XCTAssertEqual(try JSONParser.parse(broken.body)["error"]?["line"], 1)
    }
}

import XCTest
@testable import Runtime

/// Native walks of a structure that shares its parts (`x = [x, x]` sixty
/// times is 61 objects but 2**60 paths) never get deep, so the depth guard
/// does not stop them: each nested level counts as native work and the run
/// ends with the wall limit instead of holding its worker forever. Any
/// machine reaches the limit: the walks would take centuries.
final class SharedStructureWalkTests: XCTestCase {
    private func run(_ source: String) throws -> Trace {
        var limits = RunLimits.defaults
        limits.wallMillis = 300
        limits.events = 1_000
        switch ScenarioRunner.run(Scenario(source: source, limits: limits, recordEvents: false)) {
        case .success(let trace): return trace
        case .failure(let failure): throw failure
        }
    }

    func testWalksOfSharedStructuresEndWithTheWallLimit() throws {
        let build = "x = [0]\nfor i in range(60): x = [x, x]\ny = [0]\nfor i in range(60): y = [y, y]\n"
        for walk in ["repr(x)", "x == y", "x < y", "str((x,))", "f'{x}'", "'%s' % (x,)", "sorted([x, y])"] {
            let trace = try run(build + "r = \(walk)\nprint('finished')\n")
            XCTAssertEqual(trace.status, .limit, walk)
            XCTAssertEqual(trace.limit?.name, "wall", "\(walk): \(String(describing: trace.limit))")
            XCTAssertEqual(trace.stdout, "", walk)
        }
    }
}

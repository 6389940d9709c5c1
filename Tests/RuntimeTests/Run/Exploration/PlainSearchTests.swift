import XCTest
@testable import Runtime

/// The plain (unreduced) search runs untraced (Explorer): what a traced run
/// would have reported must not change, including the top-level task's
/// result and a run cut by the events limit, which only traced runs count.
final class PlainSearchTests: XCTestCase {
    private func explore(_ source: String, reduction: Bool, events: Int? = nil) throws -> Explorer.Report {
        var scenario = Scenario(source: source)
        scenario.limits.wallMillis = 20_000
        if let events { scenario.limits.events = events }
        var options = Explorer.Options()
        options.reduction = reduction
        options.runs = 2_000
        switch Explorer.explore(scenario, options: options) {
        case .success(let report): return report
        case .failure(let f): throw f
        }
    }

    private func outcomes(_ report: Explorer.Report) -> Set<String> {
        Set(report.outcomes.map { "\($0.status.rawValue) \($0.result ?? "-") \($0.stdout)" })
    }

    /// `asyncio.run(main())` returns main's value: the outcome's `result`
    /// is its repr, in the untraced runs too; a child task's result is not.
    func testTheTopLevelTaskResultIsKept() throws {
        let source = """
        import asyncio
        async def child(n):
            await asyncio.sleep(0)
            return n * 10
        async def main():
            a, b = await asyncio.gather(child(1), child(2))
            return [a, b]
        asyncio.run(main())

        """
        let plain = try explore(source, reduction: false)
        XCTAssertTrue(plain.exhaustive)
        XCTAssertEqual(outcomes(plain), ["completed [10, 20] "])
        XCTAssertEqual(outcomes(plain), outcomes(try explore(source, reduction: true)))
    }

    /// One task prints 30 lines with a yield after each (a print, a suspend
    /// and a resume each time: about 90 events): past a limit of 60 events
    /// every schedule ends at the limit, which the untraced runs cannot see
    /// themselves; they are run again traced.
    func testARunPastTheEventsLimitIsReportedAsTheLimit() throws {
        let source = """
        import asyncio
        async def w(n):
            for i in range(n):
                print(i)
                await asyncio.sleep(0)
        async def main():
            await asyncio.gather(w(30), w(1))
        asyncio.run(main())

        """
        let plain = try explore(source, reduction: false, events: 60)
        XCTAssertTrue(plain.exhaustive)
        XCTAssertFalse(plain.outcomes.isEmpty)
        for outcome in plain.outcomes { XCTAssertEqual(outcome.status, .limit, outcome.stdout) }
        // Every schedule prints 13 lines before the limit: w(30)'s 0 to 11
        // with w(1)'s "0" at any of 13 places (before or after w(30)'s
        // first line read the same: 12 outputs), or w(30)'s 0 to 12 when
        // w(1) never gets to run.
        XCTAssertEqual(plain.outcomes.count, 13)
        for outcome in plain.outcomes { XCTAssertEqual(outcome.stdout.split(separator: "\n").count, 13) }
        XCTAssertTrue(outcomes(try explore(source, reduction: true, events: 60)).isSubset(of: outcomes(plain)))
        // Without the limit every schedule completes.
        let unlimited = try explore(source, reduction: false)
        for outcome in unlimited.outcomes { XCTAssertEqual(outcome.status, .completed) }
    }
}

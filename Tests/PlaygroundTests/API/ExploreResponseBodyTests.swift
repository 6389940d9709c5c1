import Testing
@testable import Playground
@testable import Runtime

/// `--max-response-bytes` for explorations: the outcomes that fit, then a count of the rest.
struct ExploreResponseBodyTests {
    private func report(outcomes: Int, stdoutBytes: Int) -> Explorer.Report {
        let outcomes = (0..<outcomes).map {
            Explorer.Outcome(status: .completed, stdout: String(repeating: "x", count: stdoutBytes) + "\($0)\n",
                             result: nil, detail: nil, schedule: [$0], count: 1)
        }
        return Explorer.Report(outcomes: outcomes, runs: outcomes.count, exhaustive: true)
    }

    @Test func aReportThatFitsIsWrittenWhole() throws {
        let small = report(outcomes: 3, stdoutBytes: 10)
        let body = ExploreResponseBody.encode(small, maxBytes: 1 << 20)
        #expect(try JSONParser.parse(body) == small.json())
    }

    @Test func outcomesOverTheBudgetAreDroppedAndCounted() throws {
        let big = report(outcomes: 50, stdoutBytes: 10_000)
        let body = ExploreResponseBody.encode(big, maxBytes: 100_000)
        #expect(body.count <= 100_000)
        let json = try JSONParser.parse(body)
        guard case .array(let kept)? = json["outcomes"] else {
            Issue.record("no outcomes array")
            return
        }
        #expect(kept.count == 9, "ten 10 kB outcomes do not fit in 100 kB with the rest")
        #expect(json["outcomesDropped"]?.intValue == 50 - kept.count)
        #expect(json["runs"]?.intValue == 50)
    }
}

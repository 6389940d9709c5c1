import Runtime
import Testing
@testable import Playground

/// `--max-response-bytes`: a trace that does not fit becomes a `response` limit outcome.
struct TraceResponseBodyTests {
    private func trace(events: Int, stdout: String = "hello\n") -> Trace {
        var trace = Trace()
        trace.stdout = stdout
        trace.stats.events = events
        trace.events = (0..<events).map {
            TraceEvent(seq: $0, time: Double($0) / 10, task: 1, kind: .print, line: 3, fields: [("text", .string("tick \($0)\n"))])
        }
        return trace
    }

    private func events(of body: JSONValue) -> [JSONValue] {
        if case .array(let items)? = body["events"] { return items }
        return []
    }

    @Test func aTraceThatFitsIsWrittenUnchanged() throws {
        let small = trace(events: 50)
        let body = TraceResponseBody.encode(small, limits: .defaults, maxBytes: 1 << 20)
        #expect(body == small.jsonBytes(insertingAfterLimit: [("limits", RunLimits.defaults.apiJSON)]))
    }

    @Test(arguments: [4096, 10_000, 100_000])
    func aTraceOverTheBudgetKeepsTheEventsThatFit(budget: Int) throws {
        let big = trace(events: 20_000)
        let body = TraceResponseBody.encode(big, limits: .defaults, maxBytes: budget)
        #expect(body.count <= budget)
        let json = try JSONParser.parse(body)
        #expect(json["status"]?.stringValue == "limit")
        #expect(json["limit"]?["name"]?.stringValue == "response")
        #expect(json["limit"]?["value"]?.intValue == budget)
        #expect(json["stdout"]?.stringValue == "hello\n")
        #expect(json["stats"]?["events"]?.intValue == 20_000, "stats count every recorded event")
        let kept = events(of: json)
        #expect(kept.count < 20_000)
        #expect(kept.enumerated().allSatisfy { $0.element["seq"]?.intValue == $0.offset }, "a prefix, in order")
        if budget >= 10_000 { #expect(!kept.isEmpty) }
    }

    @Test func aTraceWhoseSummaryAloneIsTooBigKeepsOnlyTheOutcome() throws {
        let huge = trace(events: 10, stdout: String(repeating: "x", count: 50_000))
        let body = TraceResponseBody.encode(huge, limits: .defaults, maxBytes: 8192)
        #expect(body.count <= 8192)
        let json = try JSONParser.parse(body)
        #expect(json["limit"]?["name"]?.stringValue == "response")
        #expect(json["stdout"]?.stringValue == "")
        #expect(events(of: json).isEmpty)
        #expect(json["limits"] != nil)
    }
}

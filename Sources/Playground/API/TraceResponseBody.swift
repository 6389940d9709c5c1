import Runtime

/// Writes a trace as the body of `POST /api/run` within a byte budget
/// (`--max-response-bytes`), so no run can produce an unbounded answer.
///
/// A trace that fits is written exactly as ``Trace/jsonBytes(insertingAfterLimit:)``
/// writes it. One that does not becomes a limit outcome, like the other
/// sandbox limits: `status: "limit"`, `limit: {"name": "response", "value":
/// maxBytes}`, and the longest prefix of its events that fits (`stats` still
/// counts every event recorded). If even the trace without events is too big
/// (a huge stdout or task table), the body keeps only the status, the limit,
/// the applied limits and the stats. Writing stops as soon as the budget is
/// passed, so the work and memory are bounded by the budget too.
public enum TraceResponseBody {
    /// The `limit.name` of a trace cut down to the response budget.
    public static let limitName = "response"

    /// The JSON body for `trace`, with the applied `limits` after `limit`,
    /// at most `maxBytes` long (`maxBytes` must be at least ``minimumBudget``).
    public static func encode(_ trace: Trace, limits: RunLimits, maxBytes: Int) -> [UInt8] {
        let extra: [(String, JSONValue)] = [("limits", limits.apiJSON)]
        var head = trace
        head.events = []
        // `head` ends in `"events":[]}`: drop the `]}`, append the events, close again.
        var out = head.jsonBytes(insertingAfterLimit: extra)
        out.removeLast(2)
        let eventsStart = out.count
        var eventEnds: [Int] = []
        var fits = out.count + 2 <= maxBytes
        if fits {
            eventEnds.reserveCapacity(trace.events.count)
            for (index, event) in trace.events.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                event.write(into: &out)
                if out.count + 2 > maxBytes {
                    fits = false
                    break
                }
                eventEnds.append(out.count)
            }
        }
        if fits {
            out.append(contentsOf: "]}".utf8)
            return out
        }
        // Over budget: the same trace as a `response` limit, with the events that fit.
        var cut = trace
        cut.status = .limit
        cut.limit = LimitHit(name: limitName, value: .int(maxBytes))
        cut.events = []
        var body = cut.jsonBytes(insertingAfterLimit: extra)
        body.removeLast(2)
        var keepsEvents = true
        if body.count + 2 > maxBytes {
            keepsEvents = false
            // Even without events the trace is too big: keep the outcome and the counters.
            var bare = Trace()
            bare.status = .limit
            bare.limit = cut.limit
            bare.stats = trace.stats
            body = bare.jsonBytes(insertingAfterLimit: extra)
            body.removeLast(2)
        }
        let room = maxBytes - 2 - body.count
        // The events written above are `e0,e1,...`; keep the longest prefix that fits in `room`.
        if keepsEvents, let last = eventEnds.lastIndex(where: { $0 - eventsStart <= room }) {
            body.append(contentsOf: out[eventsStart..<eventEnds[last]])
        }
        body.append(contentsOf: "]}".utf8)
        return body
    }

    /// The smallest budget the server accepts: room for a bare limit outcome.
    public static let minimumBudget = 4096
}

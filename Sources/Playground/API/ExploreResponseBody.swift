import Runtime

/// Writes an exploration report as the body of `POST /api/explore` within
/// `--max-response-bytes`: every outcome may carry a megabyte of stdout, and
/// there may be as many outcomes as runs. The outcomes that fit are kept in
/// order; when some do not, `outcomesDropped` says how many were left out.
public enum ExploreResponseBody {
    /// The JSON body for `report`, at most `maxBytes` long (`maxBytes` ≥ ``TraceResponseBody/minimumBudget``).
    public static func encode(_ report: Explorer.Report, maxBytes: Int) -> [UInt8] {
        guard case .object(let members) = report.json() else { return JSONWriter.bytes(report.json()) }
        var out: [UInt8] = [UInt8(ascii: "{")]
        var outcomes: [JSONValue] = []
        for (key, value) in members {
            if key == "outcomes", case .array(let items) = value {
                outcomes = items
                continue
            }
            JSONWriter.write(.string(key), into: &out)
            out.append(UInt8(ascii: ":"))
            JSONWriter.write(value, into: &out)
            out.append(UInt8(ascii: ","))
        }
        out.append(contentsOf: #""outcomes":["#.utf8)
        // Room for `],"outcomesDropped":<count>}` at the end.
        let closing = 32
        var kept = 0
        for outcome in outcomes {
            var piece: [UInt8] = kept > 0 ? [UInt8(ascii: ",")] : []
            JSONWriter.write(outcome, into: &piece)
            guard out.count + piece.count + closing <= maxBytes else { break }
            out.append(contentsOf: piece)
            kept += 1
        }
        out.append(UInt8(ascii: "]"))
        if kept < outcomes.count {
            out.append(contentsOf: #","outcomesDropped":"#.utf8)
            JSONWriter.write(.int(outcomes.count - kept), into: &out)
        }
        out.append(UInt8(ascii: "}"))
        return out
    }
}

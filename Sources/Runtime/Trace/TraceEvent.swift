/// The kinds of trace events (DESIGN.md "The trace").
public enum TraceEventKind: String, Sendable, CaseIterable {
    case spawn, resume, suspend, wake, print, clock, callback, cancel, done, raise, line
}

/// One event of the interleaving trace. `seq` is dense from 0 in execution
/// order; `time` is virtual seconds; `task` is the id of the running task
/// (nil for top-level code and plain callbacks); `fields` holds the
/// kind-specific members (`on`, `by`, `text`, `child`, ...) in order.
public struct TraceEvent: Sendable {
    public var seq: Int
    public var time: Double
    public var task: Int?
    public var kind: TraceEventKind
    public var line: Int?
    public var fields: [(String, JSONValue)]

    public init(seq: Int, time: Double, task: Int?, kind: TraceEventKind, line: Int?,
                fields: [(String, JSONValue)] = []) {
        self.seq = seq
        self.time = time
        self.task = task
        self.kind = kind
        self.line = line
        self.fields = fields
    }

    /// The event as a JSON object: the common members, then the kind's own.
    public func json() -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("seq", .int(seq)),
            ("time", .double(time)),
            ("task", task.map(JSONValue.int) ?? .null),
            ("kind", .string(kind.rawValue)),
            ("line", line.map(JSONValue.int) ?? .null),
        ]
        members.append(contentsOf: fields)
        return .object(members)
    }

    /// Appends the JSON text of `json()` to `out` (no intermediate tree).
    public func write(into out: inout [UInt8]) {
        out.append(contentsOf: #"{"seq":"#.utf8)
        JSONWriter.writeInt(seq, into: &out)
        out.append(contentsOf: #","time":"#.utf8)
        JSONWriter.writeDouble(time, into: &out)
        out.append(contentsOf: #","task":"#.utf8)
        if let task { JSONWriter.writeInt(task, into: &out) } else { out.append(contentsOf: "null".utf8) }
        out.append(contentsOf: #","kind":"#.utf8)
        JSONWriter.writeString(kind.rawValue, into: &out)
        out.append(contentsOf: #","line":"#.utf8)
        if let line { JSONWriter.writeInt(line, into: &out) } else { out.append(contentsOf: "null".utf8) }
        for (key, value) in fields {
            out.append(UInt8(ascii: ","))
            JSONWriter.writeString(key, into: &out)
            out.append(UInt8(ascii: ":"))
            JSONWriter.write(value, into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}

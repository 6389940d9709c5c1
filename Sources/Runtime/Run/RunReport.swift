/// Human-readable text for how a run ended, as `interleave run` prints it
/// on stderr: the wait-for graph of a deadlock, the limit that was hit.
public enum RunReport {
    /// `interleave: limit exceeded: steps (5000000)`.
    public static func limit(_ hit: LimitHit) -> String {
        let value: String
        switch hit.value {
        case .int(let i): value = String(i)
        case .double(let d): value = String(d)
        default: value = JSONWriter.string(hit.value)
        }
        return "interleave: limit exceeded: \(hit.name) (\(value))\n"
    }

    /// The wait-for graph, one blocked task a line:
    /// `  Task-2 (id 2) waits on lock held by Task-3 (id 3)`.
    public static func deadlock(_ waiting: [JSONValue]) -> String {
        var text = "interleave: deadlock: no task can make progress\n"
        if waiting.isEmpty { text += "  (no task is waiting; the main coroutine awaits a future nobody completes)\n" }
        for entry in waiting {
            let name = entry["task"]?.stringValue ?? "?"
            let id = entry["id"]?.intValue.map { " (id \($0))" } ?? ""
            text += "  \(name)\(id) waits on \(describe(entry["on"] ?? .null))\n"
        }
        return text
    }

    /// `lock held by Task-3 (id 3)`, `queue_get`, `task Task-4`, ...
    static func describe(_ on: JSONValue) -> String {
        let kind = on["kind"]?.stringValue ?? "?"
        switch kind {
        case "lock":
            guard let holder = on["holder"]?.stringValue else { return "lock (not held)" }
            let id = on["holder_id"]?.intValue.map { " (id \($0))" } ?? ""
            return "lock held by \(holder)\(id)"
        case "task":
            return "task \(on["task"]?.stringValue ?? "?")"
        case "semaphore":
            return "semaphore (value \(on["value"]?.intValue ?? 0))"
        case "gather", "wait":
            if case .array(let names) = on["tasks"] ?? .null, !names.isEmpty {
                return "\(kind) of " + names.map { $0.stringValue ?? "?" }.joined(separator: ", ")
            }
            return kind
        default:
            return kind
        }
    }
}

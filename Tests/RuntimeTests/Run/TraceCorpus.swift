import Foundation
@testable import Runtime

/// The programs trace tests run: the shared CPython conformance corpus
/// (beside the repository, absent on some machines) and the asyncio
/// library programs in Tests/LibPrograms/asyncio.
enum TraceCorpus {
    /// The repository root, from this file's location.
    static let repo = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// (name, source) of every `.py` program in the corpora that exist, sorted.
    static func programs() -> [(name: String, source: String)] {
        let dirs = [repo.appendingPathComponent("../shared/conformance/cases").standardizedFileURL,
                    repo.appendingPathComponent("Tests/LibPrograms/asyncio")]
        var out: [(String, String)] = []
        for dir in dirs {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".py") {
                if let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) {
                    out.append(("\(dir.lastPathComponent)/\(name)", String(decoding: data, as: UTF8.self)))
                }
            }
        }
        return out
    }

    /// Runs `source` as prog.py with test-friendly limits (a generous wall clock).
    static func run(_ source: String, policy: SchedulingPolicy = .fifo, seed: UInt64 = 0, schedule: [Int] = [],
                    limits: RunLimits = RunLimits.defaults, detail: TraceDetail = .slices) -> Trace? {
        var l = limits
        if l.wallMillis == RunLimits.defaults.wallMillis { l.wallMillis = 20_000 }
        let scenario = Scenario(source: source, filename: "prog.py", policy: policy, seed: seed,
                                schedule: schedule, limits: l, detail: detail)
        if case .success(let trace) = ScenarioRunner.run(scenario) { return trace }
        return nil
    }

    /// A field of an event.
    static func field(_ e: TraceEvent, _ name: String) -> JSONValue? {
        e.fields.first(where: { $0.0 == name })?.1
    }

    /// DESIGN.md's trace invariants; returns one message per violation.
    static func violations(_ t: Trace) -> [String] {
        var problems: [String] = []
        for (i, e) in t.events.enumerated() where e.seq != i {
            problems.append("seq \(e.seq) at index \(i)")
            break
        }
        for (a, b) in zip(t.events, t.events.dropFirst()) where b.time < a.time {
            problems.append("time goes back at seq \(b.seq): \(a.time) -> \(b.time)")
            break
        }
        // A task runs only when made ready: its first resume follows its
        // spawn, every later one follows a wake of it since its last suspend.
        var ready = Set<Int>()
        for e in t.events {
            switch e.kind {
            case .spawn: if let c = field(e, "child")?.intValue { ready.insert(c) }
            case .wake: if let id = e.task { ready.insert(id) }
            case .resume:
                guard let id = e.task else { problems.append("resume without task at seq \(e.seq)"); continue }
                if !ready.contains(id) { problems.append("task \(id) resumed at seq \(e.seq) without a wake") }
            case .suspend:
                if let id = e.task { ready.remove(id) }
                if field(e, "on")?["kind"]?.stringValue == nil {
                    problems.append("suspend at seq \(e.seq) does not name what it waits on")
                }
            default: break
            }
        }
        let pendingAtExit = Set(t.warnings.filter { $0.kind == "pending-at-exit" }.compactMap(\.task))
        for task in t.tasks where !["done", "raised", "cancelled"].contains(task.state) {
            if t.status == .completed || t.status == .exception, !pendingAtExit.contains(task.id) {
                problems.append("task \(task.id) (\(task.name)) ends \(task.state) and is not listed as pending")
            }
        }
        let printed = t.events.filter { $0.kind == .print }.map { field($0, "text")?.stringValue ?? "" }.joined()
        if printed != t.stdout { problems.append("print events do not add up to stdout") }
        return problems
    }
}

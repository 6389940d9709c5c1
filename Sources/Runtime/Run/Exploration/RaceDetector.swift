/// Atomicity violations across an `await`, found in one recorded run
/// (the trace's `race` warnings): a task reads a shared variable, suspends,
/// and writes it back, while another task wrote it in between — or could
/// have in another schedule, because nothing orders that write with the
/// window (predictive, like a vector-clock race detector).
///
/// "Ordered" is happens-before over synchronisation only: program order,
/// enabling (who queued the step), virtual-time epochs, and conflicting
/// accesses to asyncio's own objects (futures, tasks, and the state of
/// Lock/Event/Semaphore/Condition/Queue). Plain data accesses do not order
/// anything, so a window protected by an `asyncio.Lock` held across the
/// `await` is ordered against every other holder and stays silent, while
/// the bare read-await-write is reported even when fifo happened to run
/// the other write outside the window.
enum RaceDetector {
    /// At most this many warnings per run.
    static let maxWarnings = 20

    static func warnings(_ log: AccessLog) -> [TraceWarning] {
        let steps = log.steps
        guard !steps.isEmpty, !log.overflowed else { return [] }
        // Only runs whose program touched shared state across steps matter.
        guard steps.contains(where: { !$0.user.isEmpty }) else { return [] }
        let actors = Set(steps.map(\.actor)).count
        guard steps.count * actors <= DPORSearch.maxClockCells else { return [] }
        let hb = HappensBefore(steps, conflicts: HappensBefore.conflicts(steps, counting: log.isSynchronisation))
        // Every user write of each location: (step, line).
        var writes: [AccessLog.Key: [(step: Int, line: Int)]] = [:]
        for (j, s) in steps.enumerated() {
            for a in s.user where a.isWrite { writes[a.key, default: []].append((j, a.line)) }
        }
        var found: [TraceWarning] = []
        var seen = Set<String>()
        // Per actor and location not yet written back: the last read, and
        // the last read of an earlier step (`x.f -= 1` after `if x.f > 0:`
        // and an await re-reads in the writing step; the check is earlier).
        typealias Read = (step: Int, line: Int)
        var pending: [Int: [AccessLog.Key: (last: Read, earlier: Read?)]] = [:]
        for (j, s) in steps.enumerated() {
            var reads = pending[s.actor] ?? [:]
            for a in s.user {
                if !a.isWrite {
                    if let known = reads[a.key], known.last.step != j {
                        reads[a.key] = ((j, a.line), known.last)
                    } else {
                        reads[a.key] = ((j, a.line), reads[a.key]?.earlier)
                    }
                    continue
                }
                defer { reads[a.key] = nil }
                guard let known = reads[a.key], let r = known.last.step < j ? known.last : known.earlier else { continue }
                let unordered = (writes[a.key] ?? []).filter { other in
                    steps[other.step].actor != s.actor
                        && !hb.precedes(other.step, hb.clock[r.step])
                        && !hb.precedes(j, hb.clock[other.step])
                }
                // A write that did land inside the window makes the clearest report.
                guard let w = unordered.first(where: { $0.step > r.step && $0.step < j }) ?? unordered.first
                else { continue }
                let signature = "\(a.label)|\(r.line)|\(a.line)"
                if !seen.insert(signature).inserted { continue }
                let me = name(steps[j]), other = name(steps[w.step])
                let between = w.step > r.step && w.step < j
                var warning = TraceWarning(
                    kind: "race", task: steps[j].taskID, line: a.line,
                    message: "\(a.label): \(me) read it at line \(r.line), awaited, and wrote it back at line "
                        + "\(a.line); \(other) writes it at line \(w.line) "
                        + (between ? "in between, so that update is lost" : "and nothing orders that write with this window")
                        + " (hold an asyncio.Lock across the await)")
                warning.variable = a.label
                warning.otherTask = steps[w.step].taskID
                warning.lines = [r.line, a.line, w.line]
                found.append(warning)
                if found.count >= maxWarnings { return found }
            }
            pending[s.actor] = reads
        }
        return found
    }

    private static func name(_ step: AccessLog.Step) -> String {
        step.taskName.map { "task \($0)" } ?? "a callback"
    }
}

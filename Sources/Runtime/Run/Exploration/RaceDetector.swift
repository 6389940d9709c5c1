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
        // Every user write of each location: (step, line, item).
        var writes: [AccessLog.Key: [(step: Int, access: AccessLog.UserAccess)]] = [:]
        for (j, s) in steps.enumerated() {
            for a in s.user where a.isWrite { writes[a.key, default: []].append((j, a)) }
        }
        var found: [TraceWarning] = []
        var seen = Set<String>()
        // Per actor and place (location, item) not yet written back: the
        // last read, and the latest check of an earlier step (`x.f -= 1`
        // after `if x.f > 0:` and an await re-reads in the writing step;
        // the check is earlier).
        typealias Read = (step: Int, access: AccessLog.UserAccess)
        var pending: [Int: [Place: (last: Read, earlier: Read?)]] = [:]
        for (j, s) in steps.enumerated() {
            var reads = pending[s.actor] ?? [:]
            for a in s.user {
                let place = Place(key: a.key, item: a.item)
                if !a.isWrite {
                    // `earlier`: the latest check among the reads of steps
                    // before the last read's.
                    if let known = reads[place], known.last.step != j {
                        reads[place] = ((j, a), known.last.access.isCheck ? known.last : known.earlier)
                    } else {
                        reads[place] = ((j, a), reads[place]?.earlier)
                    }
                    continue
                }
                // The reads this write may write back: of the same item, or
                // of the whole container (or any item, for a whole write).
                let matching = reads.filter { $0.key.key == a.key && (a.item == nil || $0.key.item == nil || $0.key.item == a.item) }
                for p in matching.keys { reads[p] = nil }
                // A read in an earlier step than the write is the window's
                // start. When the writing step re-read the place itself
                // (`x.f -= 1`), the update is not lost; the window then
                // starts at the last read of an earlier step only if that
                // read was a check (`if x.f > 0:` ... await ... `x.f -= 1`).
                let windows: [Read] = matching.values.compactMap {
                    $0.last.step < j ? $0.last : ($0.earlier?.access.isCheck == true ? $0.earlier : nil)
                }
                guard let r = windows.min(by: { $0.step < $1.step }) else { continue }
                let unordered = (writes[a.key] ?? []).filter { other in
                    steps[other.step].actor != s.actor && other.access.overlaps(a) && other.access.overlaps(r.access)
                        && !hb.precedes(other.step, hb.clock[r.step])
                        && !hb.precedes(j, hb.clock[other.step])
                }
                // A write that did land inside the window makes the clearest report.
                guard let w = unordered.first(where: { $0.step > r.step && $0.step < j }) ?? unordered.first
                else { continue }
                let signature = "\(a.label)|\(r.access.line)|\(a.line)"
                if !seen.insert(signature).inserted { continue }
                let me = name(steps[j]), other = name(steps[w.step])
                let between = w.step > r.step && w.step < j
                var warning = TraceWarning(
                    kind: "race", task: steps[j].taskID, line: a.line,
                    message: "\(a.label): \(me) read it at line \(r.access.line), awaited, and wrote it back at line "
                        + "\(a.line); \(other) writes it at line \(w.access.line) "
                        + (between ? "in between, so that update is lost" : "and nothing orders that write with this window")
                        + " (hold an asyncio.Lock across the await)")
                warning.variable = a.label
                warning.otherTask = steps[w.step].taskID
                warning.lines = [r.access.line, a.line, w.access.line]
                found.append(warning)
                if found.count >= maxWarnings { return found }
            }
            pending[s.actor] = reads
        }
        return found
    }

    /// A location, and for a container the item (nil: the whole of it).
    private struct Place: Hashable {
        let key: AccessLog.Key
        let item: Int?
    }

    private static func name(_ step: AccessLog.Step) -> String {
        step.taskName.map { "task \($0)" } ?? "a callback"
    }
}

import Foundation

/// A readable dump of a recorded run's steps (`INTERLEAVE_DPOR_DEBUG=1`
/// makes `interleave explore` print one per run on stderr): actor,
/// enabling step, and the locations read and written.
extension AccessLog {
    /// True when the environment asks for the dump.
    static let debugging = ProcessInfo.processInfo.environment["INTERLEAVE_DPOR_DEBUG"] == "1"

    func debugDump(run: Int) -> String {
        var out = "run \(run): \(steps.count) steps\n"
        for (j, s) in steps.enumerated() {
            let r = s.reads.subtracting(s.writes).map(describe).sorted().joined(separator: " ")
            let w = s.writes.map(describe).sorted().joined(separator: " ")
            let a = s.adds.map(describe).sorted().joined(separator: " ")
            out += "  #\(j) actor \(s.actor) en \(s.enabled) by #\(s.enabler) ep \(s.epoch)\n"
            out += "     R: \(r)\n     W: \(w)\n"
            if !a.isEmpty { out += "     A: \(a)\n" }
        }
        return out
    }

    private func describe(_ k: Key) -> String {
        if k == Self.stdoutKey { return "stdout" }
        let object: String
        if k.object < 0 { object = k.object % 2 == 0 ? "task\((-16 - k.object) / 2)" : "handle\((-17 - k.object) / 2)" }
        else { object = "\(debugNames?[k.object] ?? "?")#\(k.object)" }
        if let name = debugAttributes[k.name] { return "\(object).\(name)" }
        return k.name < 10 && k.name >= 0 ? "\(object)/\(k.name)" : "\(object).<\(k.name)>"
    }
}

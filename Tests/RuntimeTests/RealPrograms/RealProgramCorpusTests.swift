import Foundation
import XCTest
@testable import Runtime

/// The real-world corpus (Tests/RealPrograms/<source>/NAME.py: async
/// programs written by others, each naming its source in a header comment)
/// must print what CPython 3.11 printed for it under the virtual clocks
/// (NAME.out from the oracle) and end the same way (NAME.rc: 1 = uncaught
/// exception, 3 = deadlock). Programs in Tests/real-programs-known-failures.txt
/// may fail, but they must stay under 5% of the corpus.
final class RealProgramCorpusTests: XCTestCase {
    static let root = TraceCorpus.repo.appendingPathComponent("Tests/RealPrograms")

    /// `source/name` of every program, sorted.
    static func programs() throws -> [String] {
        var out: [String] = []
        for source in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
            let dir = root.appendingPathComponent(source)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else { continue }
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".py") {
                out.append("\(source)/\(name.dropLast(3))")
            }
        }
        return out
    }

    static func knownFailures() -> Set<String> {
        let url = TraceCorpus.repo.appendingPathComponent("Tests/real-programs-known-failures.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    /// Why `program` differs from CPython, or nil when it matches.
    static func failure(_ program: String) throws -> String? {
        let base = root.appendingPathComponent(program)
        let source = try String(contentsOf: base.appendingPathExtension("py"), encoding: .utf8)
        let expected = try String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
        let rcText = try? String(contentsOf: base.appendingPathExtension("rc"), encoding: .utf8)
        let rc = Int(rcText?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "0") ?? 0
        var scenario = Scenario(source: source, filename: base.lastPathComponent + ".py")
        scenario.recordEvents = false
        // The limits of `interleave run` (which scripts/real-programs.sh
        // uses): no steps or tasks limit, CPython's recursion limit; a few
        // programs create 10k+ tasks or run 5M+ instructions.
        scenario.limits.steps = Int.max
        scenario.limits.tasks = Int.max
        scenario.limits.depth = 1000
        scenario.limits.wallMillis = 20_000
        guard case .success(let trace) = ScenarioRunner.run(scenario) else { return "does not compile" }
        if trace.stdout != expected { return "stdout differs from CPython's" }
        // An uncaught SystemExit ends the run with its code (`exit(0)` is 0).
        if let status = SystemExitStatus.status(of: trace) {
            return Int(status) == rc ? nil : "exited \(status), CPython: exit \(rc)"
        }
        let wanted: RunStatus = rc == 0 ? .completed : rc == 3 ? .deadlock : .exception
        if trace.status != wanted { return "ended \(trace.status), CPython: exit \(rc)" }
        return nil
    }

    func testCorpusPrintsWhatCPythonPrints() throws {
        let programs = try Self.programs()
        XCTAssertGreaterThanOrEqual(programs.count, 40, "the corpus must keep at least 40 programs")
        let known = Self.knownFailures()
        XCTAssertLessThan(known.count * 20, programs.count, "known failures must stay under 5% of the corpus")
        for program in programs {
            let why = try Self.failure(program)
            if known.contains(program) {
                XCTAssertNotNil(why, "\(program) passes now: remove it from Tests/real-programs-known-failures.txt")
            } else if let why {
                XCTFail("\(program): \(why)")
            }
        }
    }
}

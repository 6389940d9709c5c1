import Foundation
import XCTest
@testable import Runtime

/// The server runs several interpreters at once on its worker threads. Runs
/// must not share mutable state: the same programs run concurrently must
/// print exactly what they print one at a time.
final class ConcurrentRunsTests: XCTestCase {
    private func corpus() throws -> [(String, String)] {
        let cases = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/conformance/cases")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: cases.path) else {
            throw XCTSkip("conformance cases not found at \(cases.path)")
        }
        return try names.filter { $0.hasSuffix(".py") }.sorted().map { name in
            (name, try String(contentsOf: cases.appendingPathComponent(name), encoding: .utf8))
        }
    }

    private func stdout(of source: String, _ name: String) -> String {
        // A generous wall limit: this test is about isolation, not speed.
        var limits = RunLimits.defaults
        limits.wallMillis = 120_000
        switch ScenarioRunner.run(Scenario(source: source, filename: name, limits: limits)) {
        case .success(let trace): return "\(trace.status.rawValue)\n\(trace.stdout)"
        case .failure(let failure): return "compile failure: \(failure.message)"
        }
    }

    func testConcurrentRunsMatchSequentialRuns() throws {
        let programs = try corpus()
        XCTAssertGreaterThan(programs.count, 50)
        let expected = programs.map { stdout(of: $0.1, $0.0) }
        let threads = 4
        let results = ThreadResults(threads: threads)
        let group = DispatchGroup()
        for t in 0..<threads {
            group.enter()
            let thread = Thread {
                // Each thread walks the corpus from a different offset so
                // different programs overlap in time.
                var mine = [String](repeating: "", count: programs.count)
                for k in 0..<programs.count {
                    let i = (k + t * programs.count / threads) % programs.count
                    mine[i] = self.stdout(of: programs[i].1, programs[i].0)
                }
                results.store(mine, thread: t)
                group.leave()
            }
            thread.stackSize = 64 << 20
            thread.start()
        }
        group.wait()
        for t in 0..<threads {
            let got = results.of(thread: t)
            XCTAssertEqual(got.count, programs.count)
            for i in programs.indices where i < got.count && got[i] != expected[i] {
                XCTFail("thread \(t): \(programs[i].0) printed differently when run concurrently")
            }
        }
    }
}

/// Per-thread results, written once by each thread under a lock.
private final class ThreadResults: @unchecked Sendable {
    private var byThread: [[String]]
    private let lock = NSLock()
    init(threads: Int) { byThread = Array(repeating: [], count: threads) }
    func store(_ values: [String], thread: Int) {
        lock.lock(); defer { lock.unlock() }
        byThread[thread] = values
    }
    func of(thread: Int) -> [String] {
        lock.lock(); defer { lock.unlock() }
        return byThread[thread]
    }
}

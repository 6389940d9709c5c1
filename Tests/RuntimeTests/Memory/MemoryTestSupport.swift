import XCTest
@testable import Runtime

/// Runs programs the way the server does (ScenarioRunner, run objects
/// released at the end) with limits sized for building big graphs.
enum MemoryRun {
    /// Runs `source` with a large steps budget, `memory` bytes of heap and a
    /// generous wall clock; returns the trace (a compile error fails the test).
    static func trace(_ source: String, memory: Int = 256 << 20, tasks: Int? = nil,
                      file: StaticString = #filePath, line: UInt = #line) throws -> Trace {
        var limits = RunLimits.defaults
        limits.steps = 200_000_000
        limits.memory = memory
        limits.wallMillis = 60_000
        if let tasks { limits.tasks = tasks }
        limits.events = 1_000
        let scenario = Scenario(source: source, limits: limits, recordEvents: false)
        switch ScenarioRunner.run(scenario) {
        case .success(let trace): return trace
        case .failure(let failure):
            XCTFail("compile failure: \(failure.message)", file: file, line: line)
            throw failure
        }
    }
}

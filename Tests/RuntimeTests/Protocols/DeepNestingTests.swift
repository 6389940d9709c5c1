import XCTest
@testable import Runtime

/// Structures nested 200,000 deep (each level one cheap loop iteration)
/// whose repr, str, group split or except matching walked the native
/// stack without a bound and crashed the process: each now ends with a
/// catchable error (CPython's, see Tests/LibPrograms/builtins/
/// deeply_nested_reprs.py), and a loop of native operations on long
/// strings ends with the wall limit though it runs few instructions.
final class DeepNestingTests: XCTestCase {
    private func run(_ source: String, wallMillis: Int = 20_000) -> Trace {
        var limits = RunLimits.defaults
        limits.wallMillis = wallMillis
        limits.steps = 100_000_000
        guard case .success(let trace) = ScenarioRunner.run(Scenario(source: source, limits: limits,
                                                                     recordEvents: false)) else {
            XCTFail("did not compile")
            return Trace()
        }
        return trace
    }

    private func expectCaught(_ build: String, _ action: String, _ expected: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        let trace = run("""
        import types
        \(build)
        try:
            \(action)
        except (RecursionError, TypeError) as e:
            print(type(e).__name__)
        """)
        XCTAssertEqual(trace.status, .completed, String(trace.diagnostics.suffix(300)), file: file, line: line)
        XCTAssertEqual(trace.stdout, expected + "\n", file: file, line: line)
    }

    func testDeepReprsRaiseRecursionError() {
        let n = 200_000
        expectCaught("x = frozenset()\nfor _ in range(\(n)): x = frozenset([x])", "repr(x)", "RecursionError")
        expectCaught("x = None\nfor _ in range(\(n)): x = slice(x)", "repr(x)", "RecursionError")
        expectCaught("x = None\nfor _ in range(\(n)): x = ValueError(x)", "repr(x)", "RecursionError")
        expectCaught("x = None\nfor _ in range(\(n)): x = ValueError(x)", "str(x)", "RecursionError")
        expectCaught("x = len\nfor _ in range(\(n)): x = staticmethod(x)", "repr(x)", "RecursionError")
        expectCaught("x = len\nfor _ in range(\(n)): x = types.MethodType(len, x)", "repr(x)", "RecursionError")
        expectCaught("x = ValueError()\nx.args = (x,)", "str(x)", "RecursionError")
    }

    func testDeepGroupsAndExceptTuples() {
        let n = 200_000
        expectCaught("g = ValueError(1)\nfor _ in range(\(n)): g = ExceptionGroup('g', [g])",
                     "g.split(ValueError)", "RecursionError")
        expectCaught("t = ValueError\nfor _ in range(\(n)): t = (t,)",
                     "try:\n        raise ValueError\n    except t:\n        pass", "TypeError")
    }

    func testAnUncaughtDeeplyNestedExceptionIsReported() {
        let trace = run("e = None\nfor _ in range(200_000): e = ValueError(e)\nraise e")
        XCTAssertEqual(trace.status, .exception)
        XCTAssertTrue(trace.diagnostics.hasPrefix("Traceback (most recent call last):"), String(trace.diagnostics.prefix(200)))
    }

    func testFewInstructionsOfLongStringWorkEndAtTheWallLimit() {
        let started = Date()
        let trace = run("s = 'b' * 20_000_000\nfor _ in range(100_000):\n    s = s.replace('a', 'c')", wallMillis: 500)
        XCTAssertEqual(trace.status, .limit)
        XCTAssertEqual(trace.limit?.name, "wall")
        XCTAssertLessThan(Date().timeIntervalSince(started), 15, "hung")
    }
}

import XCTest
@testable import Runtime

/// `_functools._lru_cache_wrapper`: what Tests/LibPrograms/functools cannot
/// compare (the harness runs programs at another depth than the oracle).
final class LruCacheWrapperTests: XCTestCase {
    private func run(_ source: String) throws -> Trace {
        var limits = RunLimits.defaults
        limits.depth = 1000
        return try XCTUnwrap(TraceCorpus.run(source, limits: limits))
    }

    /// Each call through the wrapper counts one level of recursion, as the
    /// C wrapper's call does in CPython 3.11: with the default limit of
    /// 1000, a memoised `f(n) -> f(n - 1)` reaches 495 and fails at 496
    /// (both checked against CPython 3.11 under the conformance oracle,
    /// whose runpy frames the VM counts: `Interpreter.hostFrames`).
    func testRecursionThroughTheCacheCountsTheWrapper() throws {
        let source = """
            import functools
            @functools.cache
            def f(n):
                return f(n - 1) + 1 if n else 0
            for n in (495, 496):
                f.cache_clear()
                try:
                    print(n, f(n))
                except RecursionError as e:
                    print(n, e)
            """
        let trace = try run(source + "\n")
        XCTAssertEqual(trace.stdout, "495 495\n496 maximum recursion depth exceeded\n")
    }

    /// The wrapper adds no frame: a traceback through a cached function
    /// names only the program's lines.
    func testTracebackHasNoWrapperFrames() throws {
        let source = """
            import functools
            @functools.lru_cache(maxsize=4)
            def f(n):
                if n == 0:
                    raise KeyError(n)
                return f(n - 1)
            f(2)
            """
        let trace = try run(source + "\n")
        XCTAssertEqual(trace.status, .exception)
        XCTAssertFalse(trace.diagnostics.contains("functools.py"), trace.diagnostics)
        XCTAssertEqual(trace.diagnostics.components(separatedBy: "in f\n").count - 1, 3, trace.diagnostics)
    }

    /// A bounded cache evicts the least recently used entry, and a hit makes
    /// an entry the most recent.
    func testBoundedCacheEvictsLeastRecentlyUsed() throws {
        let source = """
            import functools
            calls = []
            @functools.lru_cache(maxsize=2)
            def f(x):
                calls.append(x)
                return x
            for x in [1, 2, 1, 3, 2, 1]:
                f(x)
            print(calls, f.cache_info())
            """
        let trace = try run(source + "\n")
        XCTAssertEqual(trace.stdout, "[1, 2, 3, 2, 1] CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)\n")
    }
}

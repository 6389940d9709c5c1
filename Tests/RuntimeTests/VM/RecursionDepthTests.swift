import XCTest
@testable import Runtime

/// A program's frames count against the recursion limit from the depth
/// CPython 3.11 gives them under the conformance oracle (runpy's frames
/// below the module, asyncio's loop frames below a task or callback), so a
/// recursion that catches its RecursionError stops at the same depth and a
/// traceback says "[Previous line repeated N more times]" with CPython's N.
/// The expected numbers were printed by CPython 3.11.7 running this program
/// through ../shared/conformance/oracle.py.
final class RecursionDepthTests: XCTestCase {
    func testRecursionStopsAtCPythonsDepthAtModuleLevelInTasksAndCallbacks() throws {
        var limits = RunLimits.defaults
        limits.depth = 10_000
        limits.wallMillis = 10_000
        let source = """
        import asyncio, sys, traceback
        def f(n):
            try:
                return f(n + 1)
            except RecursionError:
                return n
        print(f(0))
        def g(n):
            return g(n + 1)
        try:
            g(0)
        except RecursionError:
            print(traceback.format_exc().splitlines()[-2])
        async def inner():
            return f(0)
        async def middle():
            return await inner()
        async def main():
            print(f(0), await middle())
            print(await asyncio.create_task(middle()))
            loop = asyncio.get_running_loop()
            fut = loop.create_future()
            loop.call_soon(lambda: fut.set_result(f(0)))
            print(await fut)
        asyncio.run(main())
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            print(e)
        """
        let trace: Trace
        switch ScenarioRunner.run(Scenario(source: source, limits: limits, recordEvents: false)) {
        case .success(let t): trace = t
        case .failure(let failure): throw failure
        }
        XCTAssertEqual(trace.stdout, """
        992
          [Previous line repeated 990 more times]
        983 981
        982
        984
        cannot set the recursion limit to 5 at the recursion depth 8: the limit is too low

        """, trace.diagnostics)
    }
}

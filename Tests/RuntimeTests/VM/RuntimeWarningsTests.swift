import XCTest
@testable import Runtime

/// A coroutine that is never awaited (a forgotten `await`, of a program's
/// own `async def` or of asyncio's native `sleep`/`Queue.get`) is reported
/// on stderr as CPython reports it, once per location (VM/RuntimeWarnings.swift).
final class RuntimeWarningsTests: XCTestCase {
    func testForgottenAwaitsAreReportedOncePerLocationInCPythonsFormat() throws {
        let source = """
        import asyncio
        async def fetch():
            return 1
        async def main():
            for i in range(3):
                fetch()
            asyncio.sleep(1)
            await asyncio.sleep(0)
            print("done")
        asyncio.run(main())
        """
        guard case .success(let trace) = ScenarioRunner.run(Scenario(source: source, recordEvents: false)) else {
            return XCTFail("did not compile")
        }
        XCTAssertEqual(trace.stdout, "done\n")
        XCTAssertEqual(trace.diagnostics, """
        prog.py:6: RuntimeWarning: coroutine 'fetch' was never awaited
          fetch()
        RuntimeWarning: Enable tracemalloc to get the object allocation traceback
        prog.py:7: RuntimeWarning: coroutine 'sleep' was never awaited
          asyncio.sleep(1)
        RuntimeWarning: Enable tracemalloc to get the object allocation traceback

        """)
    }
}

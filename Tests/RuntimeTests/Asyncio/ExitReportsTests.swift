import XCTest
@testable import Runtime

/// What asyncio writes to stderr as CPython 3.11 does (the oracle's text,
/// library frames aside): an exception in a loop callback (a partial shown
/// as `bad(1)()`), "Task exception was never retrieved" for a failed task
/// dropped while contextvars is in use, and, for tasks still pending when
/// the program ends, their coroutines closed (their finally blocks print)
/// and "Task was destroyed but it is pending!".
final class ExitReportsTests: XCTestCase {
    func testCallbackErrorsUnretrievedExceptionsAndTasksLeftAtExit() throws {
        let source = """
        import asyncio
        import contextvars
        import functools

        def bad(x):
            raise ValueError(f"oops {x}")

        async def forever():
            try:
                await asyncio.sleep(3600)
            finally:
                print("forever finally")

        async def failing():
            raise KeyError("lost")

        async def main():
            loop = asyncio.get_running_loop()
            loop.call_soon(functools.partial(bad, 1))
            t = asyncio.create_task(failing())
            await asyncio.sleep(0)
            del t
            asyncio.create_task(forever(), name="F")
            await asyncio.sleep(0)
            print("main done")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        print("ran")
        """
        guard case .success(let trace) = ScenarioRunner.run(Scenario(source: source, recordEvents: false)) else {
            return XCTFail("did not compile")
        }
        XCTAssertEqual(trace.stdout, "main done\nran\nforever finally\n")
        let stderr = trace.diagnostics
        XCTAssertTrue(stderr.hasPrefix("""
        Exception in callback bad(1)() at prog.py:5
        handle: <Handle bad(1)() at prog.py:5>
        Traceback (most recent call last):

        """), stderr)
        XCTAssertTrue(stderr.hasSuffix("""
          File "prog.py", line 6, in bad
            raise ValueError(f"oops {x}")
        ValueError: oops 1
        Task exception was never retrieved
        future: <Task finished name='Task-2' coro=<failing() done, defined at prog.py:14> exception=KeyError('lost')>
        Traceback (most recent call last):
          File "prog.py", line 15, in failing
            raise KeyError("lost")
        KeyError: 'lost'
        Task was destroyed but it is pending!
        task: <Task pending name='F' coro=<forever() done, defined at prog.py:8> wait_for=<Future pending cb=[Task.task_wakeup()]>>

        """), stderr)
    }

    /// asyncio.run cancels what is left, so nothing is reported at exit.
    func testAsyncioRunLeavesNothingToReport() throws {
        let source = """
        import asyncio

        async def forever():
            await asyncio.sleep(3600)

        async def main():
            asyncio.create_task(forever())
            await asyncio.sleep(0)

        asyncio.run(main())
        print("end")
        """
        guard case .success(let trace) = ScenarioRunner.run(Scenario(source: source, recordEvents: false)) else {
            return XCTFail("did not compile")
        }
        XCTAssertEqual(trace.stdout, "end\n")
        XCTAssertEqual(trace.diagnostics, "")
    }
}

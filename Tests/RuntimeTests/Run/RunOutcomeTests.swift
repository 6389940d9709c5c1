import XCTest
@testable import Runtime

/// How runs end: deadlock graphs and each sandbox limit.
final class RunOutcomeTests: XCTestCase {
    /// threading in the one-thread sandbox: acquiring a Lock a finished
    /// thread left held can never succeed, so the run is a deadlock naming
    /// the waiting thread and the holder.
    func testThreadingLockHeldByAFinishedThreadIsADeadlock() throws {
        let source = """
            import threading
            lock = threading.Lock()
            t = threading.Thread(target=lock.acquire, name="taker")
            t.start()
            t.join()
            print("taken", lock.locked())
            lock.acquire()
            print("never")
            """
        let trace = try XCTUnwrap(TraceCorpus.run(source + "\n"))
        XCTAssertEqual(trace.status, .deadlock)
        XCTAssertEqual(trace.stdout, "taken True\n")
        let waiting = try XCTUnwrap(trace.deadlock?.first)
        XCTAssertEqual(waiting["task"]?.stringValue, "MainThread")
        XCTAssertEqual(waiting["on"]?["kind"]?.stringValue, "lock")
        XCTAssertEqual(waiting["on"]?["holder"]?.stringValue, "taker (id 2)")
    }

    func testTwoLockCycleDeadlockGraph() throws {
        let trace = try XCTUnwrap(TraceCorpus.run(ExplorePrograms.lockCycle))
        XCTAssertEqual(trace.status, .deadlock)
        let waiting = try XCTUnwrap(trace.deadlock)
        let onLocks = waiting.filter { $0["on"]?["kind"]?.stringValue == "lock" }
        XCTAssertEqual(onLocks.count, 2, "both workers wait on a lock")
        let names = Set(onLocks.compactMap { $0["task"]?.stringValue })
        XCTAssertEqual(names.count, 2)
        for entry in onLocks {
            let holder = entry["on"]?["holder"]?.stringValue
            XCTAssertNotNil(holder)
            XCTAssertNotEqual(holder, entry["task"]?.stringValue, "a task does not wait on itself")
            XCTAssertTrue(names.contains(holder ?? ""), "the holder is the other worker")
        }
        let text = RunReport.deadlock(waiting)
        for name in names { XCTAssertTrue(text.contains(name)) }
        XCTAssertTrue(text.contains("lock held by"))
    }

    private func limitHit(_ source: String, _ limits: RunLimits) throws -> LimitHit {
        let trace = try XCTUnwrap(TraceCorpus.run(source, limits: limits))
        XCTAssertEqual(trace.status, .limit, "stdout: \(trace.stdout) error: \(String(describing: trace.error))")
        return try XCTUnwrap(trace.limit)
    }

    private func with(_ change: (inout RunLimits) -> Void) -> RunLimits {
        var l = RunLimits.defaults
        change(&l)
        return l
    }

    func testStepsLimit() throws {
        let hit = try limitHit("while True:\n    pass\n", with { $0.steps = 10_000 })
        XCTAssertEqual(hit.name, "steps")
        XCTAssertEqual(hit.value.intValue, 10_000)
    }

    func testTasksLimit() throws {
        let source = """
        import asyncio
        async def child():
            await asyncio.sleep(1)
        async def main():
            await asyncio.gather(*[child() for _ in range(50)])
        asyncio.run(main())

        """
        XCTAssertEqual(try limitHit(source, with { $0.tasks = 10 }).name, "tasks")
        // The limit holds when no events are recorded too (`interleave run`
        // without --trace): tasks are counted as they are created.
        var scenario = Scenario(source: source, filename: "prog.py", limits: with { $0.tasks = 10 })
        scenario.recordEvents = false
        guard case .success(let untraced) = ScenarioRunner.run(scenario) else { return XCTFail("compile") }
        XCTAssertEqual(untraced.status, .limit)
        XCTAssertEqual(untraced.limit?.name, "tasks")
        XCTAssertEqual(untraced.limit?.value.intValue, 10)
        XCTAssertTrue(untraced.events.isEmpty)
    }

    func testTimeLimit() throws {
        let source = "import asyncio\nasync def main():\n    await asyncio.sleep(3600)\nasyncio.run(main())\n"
        XCTAssertEqual(try limitHit(source, with { $0.time = 60 }).name, "time")
    }

    func testOutputLimit() throws {
        let trace = try XCTUnwrap(TraceCorpus.run("while True:\n    print('spam')\n", limits: with { $0.output = 100 }))
        XCTAssertEqual(trace.limit?.name, "output")
        XCTAssertLessThanOrEqual(trace.stdout.utf8.count, 100)
    }

    func testEventsLimit() throws {
        let source = "import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n"
        let trace = try XCTUnwrap(TraceCorpus.run(source, limits: with { $0.events = 50 }))
        XCTAssertEqual(trace.status, .limit)
        XCTAssertEqual(trace.limit?.name, "events")
        XCTAssertLessThanOrEqual(trace.events.count, 50)
    }

    func testMemoryLimit() throws {
        XCTAssertEqual(try limitHit("x = 'a' * (8 << 20)\n", with { $0.memory = 1 << 20 }).name, "memory")
    }

    func testDepthLimit() throws {
        let source = "def f(n):\n    return f(n + 1)\nf(0)\n"
        XCTAssertEqual(try limitHit(source, with { $0.depth = 50 }).name, "depth")
    }

    func testRecursionPastTheProgramsLimitIsARecursionError() throws {
        // The sandbox allows CPython's 1000 levels: past them the program
        // gets CPython's RecursionError, which it may catch.
        let source = "def f(n):\n    return f(n + 1)\nf(0)\n"
        let trace = try XCTUnwrap(TraceCorpus.run(source, limits: with { $0.depth = 1000 }))
        XCTAssertEqual(trace.status, .exception)
        XCTAssertTrue(trace.diagnostics.hasSuffix("RecursionError: maximum recursion depth exceeded\n"), trace.diagnostics)
        let caught = "def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(0) > 900)\n"
        let handled = try XCTUnwrap(TraceCorpus.run(caught, limits: with { $0.depth = 1000 }))
        XCTAssertEqual(handled.status, .completed)
        XCTAssertEqual(handled.stdout, "True\n")
    }

    func testRaisingTheRecursionLimitPastTheSandboxEndsAtTheDepthLimit() throws {
        let source = "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    try:\n        return f(n + 1)\n"
            + "    except RecursionError:\n        return n\nf(0)\n"
        XCTAssertEqual(try limitHit(source, with { $0.depth = 300 }).name, "depth")
    }

    func testWallLimit() throws {
        let trace = try XCTUnwrap(ScenarioRunner.run(Scenario(source: "while True:\n    pass\n",
            limits: with { $0.wallMillis = 50; $0.steps = Int.max })).get())
        XCTAssertEqual(trace.status, .limit)
        XCTAssertEqual(trace.limit?.name, "wall")
    }

    func testLimitReportNamesTheLimit() {
        XCTAssertEqual(RunReport.limit(LimitHit(name: "steps", value: 5_000_000)),
                       "interleave: limit exceeded: steps (5000000)\n")
    }

    func testUncaughtExceptionDiagnosticsCarryTheTraceback() throws {
        let trace = try XCTUnwrap(TraceCorpus.run("def f():\n    raise ValueError('boom')\nf()\n"))
        XCTAssertEqual(trace.status, .exception)
        XCTAssertTrue(trace.diagnostics.hasPrefix("Traceback (most recent call last):\n"))
        XCTAssertTrue(trace.diagnostics.hasSuffix("ValueError: boom\n"))
        XCTAssertEqual(trace.error?.traceback.map(\.line), [3, 2])
    }
}

import XCTest
@testable import Runtime

/// What individual events say: lines of spawn/print, `detail: "lines"`,
/// the main coroutine's result, never-awaited warnings.
final class TraceDetailTests: XCTestCase {
    private let program = """
    import asyncio

    async def child(n):
        await asyncio.sleep(n)
        print("child", n)
        return n

    async def main():
        t = asyncio.create_task(child(1))
        print("main")
        r = await t
        return r * 10

    asyncio.run(main())

    """

    func testLinesOfSpawnPrintAndResult() throws {
        let trace = try XCTUnwrap(TraceCorpus.run(program))
        XCTAssertEqual(trace.result, "10")
        let spawns = trace.events.filter { $0.kind == .spawn }
        XCTAssertEqual(spawns.last?.line, 9, "create_task is on line 9")
        let prints = trace.events.filter { $0.kind == .print }
        XCTAssertEqual(prints.first?.line, 10, "main prints on line 10")
        XCTAssertEqual(prints.last?.line, 5, "the child prints on line 5")
        let child = try XCTUnwrap(trace.tasks.first { $0.coroutine.contains("child") })
        XCTAssertEqual(child.state, "done")
        XCTAssertEqual(child.line, 9)
        let suspends = trace.events.filter { $0.kind == .suspend && $0.task == child.id }
        XCTAssertEqual(suspends.first?.line, 4, "the child suspends in asyncio.sleep on line 4")
        let done = trace.events.filter { $0.kind == .done }
        XCTAssertEqual(done.first { $0.task == child.id }?.line, 6, "the child returns on line 6")
        XCTAssertEqual(done.last?.line, 12, "main returns on line 12")
        XCTAssertEqual(trace.stats.tasks, trace.tasks.count)
        XCTAssertEqual(trace.stats.events, trace.events.count)
        XCTAssertEqual(trace.stats.virtualTime, 1)
    }

    func testLineDetailStepsThroughTheProgram() throws {
        let source = "x = 1\nfor i in range(2):\n    x += i\nprint(x)\n"
        let trace = try XCTUnwrap(TraceCorpus.run(source, detail: .lines))
        let lines = trace.events.filter { $0.kind == .line }.compactMap(\.line)
        XCTAssertEqual(lines, [1, 2, 3, 2, 3, 2, 4])
        XCTAssertEqual(trace.stdout, "2\n")
        let plain = try XCTUnwrap(TraceCorpus.run(source))
        XCTAssertFalse(plain.events.contains { $0.kind == .line })
        XCTAssertEqual(plain.stats.steps, trace.stats.steps, "line tracing does not change step counting")
    }

    func testLineDetailIsCappedByTheEventsLimit() throws {
        var limits = RunLimits.defaults
        limits.events = 100
        let trace = try XCTUnwrap(TraceCorpus.run("while True:\n    x = 1\n    x = 2\n", limits: limits, detail: .lines))
        XCTAssertEqual(trace.status, .limit)
        XCTAssertEqual(trace.limit?.name, "events")
        XCTAssertEqual(trace.events.count, 100)
    }

    func testNeverAwaitedCoroutineIsAWarning() throws {
        let source = """
        import asyncio
        async def work():
            return 1
        async def main():
            work()
            await asyncio.sleep(0)
        asyncio.run(main())

        """
        let trace = try XCTUnwrap(TraceCorpus.run(source))
        let warning = try XCTUnwrap(trace.warnings.first { $0.kind == "never-awaited" })
        XCTAssertTrue(warning.message.contains("'work' was never awaited"))
        XCTAssertEqual(warning.line, 5)
    }

    func testWarningsAreCappedWithACountOfTheDroppedOnes() throws {
        let source = """
        import asyncio
        async def work():
            return 1
        async def main():
            for _ in range(1000):
                work()
            await asyncio.sleep(0)
        asyncio.run(main())

        """
        let trace = try XCTUnwrap(TraceCorpus.run(source))
        XCTAssertEqual(trace.warnings.count, TraceRecorder.maxWarnings + 1, "the first ones, then one summary")
        XCTAssertEqual(trace.warnings.filter { $0.kind == "never-awaited" }.count, TraceRecorder.maxWarnings)
        let summary = try XCTUnwrap(trace.warnings.last)
        XCTAssertEqual(summary.kind, "warnings-dropped")
        XCTAssertTrue(summary.message.hasPrefix("\(1000 - TraceRecorder.maxWarnings) more warnings were dropped"), summary.message)
    }
}

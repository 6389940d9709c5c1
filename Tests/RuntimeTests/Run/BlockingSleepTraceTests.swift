import XCTest
@testable import Runtime

/// DESIGN.md "Clocks": `time.sleep` inside a running loop freezes it; the
/// trace shows a `clock` event carrying the blocked seconds and a
/// `blocking-call` warning at the line that slept.
final class BlockingSleepTraceTests: XCTestCase {
    func testSleepInsideALoopIsAWarningAndAFrozenClockJump() throws {
        let source = """
        import asyncio, time
        async def main():
            await asyncio.sleep(1)
            time.sleep(0.5)
            print(asyncio.get_running_loop().time())
        asyncio.run(main())
        """
        let trace = try XCTUnwrap(TraceCorpus.run(source))
        XCTAssertEqual(trace.stdout, "1.5\n")
        let warning = try XCTUnwrap(trace.warnings.first { $0.kind == "blocking-call" })
        XCTAssertEqual(warning.line, 4)
        XCTAssertEqual(warning.message, "time.sleep(0.5) blocked the event loop for 0.5 s")
        XCTAssertNotNil(warning.task)
        let clock = try XCTUnwrap(trace.events.first { $0.kind == .clock && TraceCorpus.field($0, "blocking") != nil })
        XCTAssertEqual(TraceCorpus.field(clock, "blocking"), .double(0.5))
        XCTAssertEqual(TraceCorpus.field(clock, "from"), .double(1))
        XCTAssertEqual(clock.time, 1.5)
    }

    func testSleepOutsideALoopIsNotAWarning() throws {
        let trace = try XCTUnwrap(TraceCorpus.run("import time\ntime.sleep(2)\nprint(time.monotonic())\n"))
        XCTAssertEqual(trace.stdout, "2.0\n")
        XCTAssertFalse(trace.warnings.contains { $0.kind == "blocking-call" })
    }
}

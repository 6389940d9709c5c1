import XCTest
@testable import Runtime

/// The memory limit counts every byte a run allocates (Memory/HeapMeter.swift):
/// many small objects, coroutines and tasks reach it as surely as one big
/// list, and a finished run gives its bytes back.
final class HeapAccountingTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(HeapMeter.isExact, "heap accounting is off in sanitizer builds")
    }

    private func assertMemoryLimit(_ source: String, memory: Int = 32 << 20, tasks: Int? = nil,
                                   file: StaticString = #filePath, line: UInt = #line) throws {
        let trace = try MemoryRun.trace(source, memory: memory, tasks: tasks, file: file, line: line)
        XCTAssertEqual(trace.status, .limit, file: file, line: line)
        XCTAssertEqual(trace.limit?.name, "memory", "limit \(String(describing: trace.limit))", file: file, line: line)
    }

    func testManySmallListsHitTheLimit() throws {
        try assertMemoryLimit("x = []\nwhile True:\n    x.append([len(x)])\n")
    }

    func testManySmallInstancesHitTheLimit() throws {
        try assertMemoryLimit("class P:\n    pass\nx = []\nwhile True:\n    x.append(P())\n")
    }

    func testGrowingDictHitsTheLimit() throws {
        try assertMemoryLimit("d = {}\ni = 0\nwhile True:\n    d[i] = str(i)\n    i += 1\n")
    }

    func testManyCoroutinesNeverAwaitedHitTheLimit() throws {
        try assertMemoryLimit("async def c():\n    pass\nkeep = []\nwhile True:\n    keep.append(c())\n")
    }

    func testGatherOfAMillionCoroutinesHitsTheLimit() throws {
        try assertMemoryLimit("""
        import asyncio
        async def c(i):
            await asyncio.sleep(0)
        async def main():
            await asyncio.gather(*[c(i) for i in range(1_000_000)])
        asyncio.run(main())
        """, tasks: 10_000_000)
    }

    func testManyTasksHitTheLimit() throws {
        try assertMemoryLimit("""
        import asyncio
        async def c():
            await asyncio.sleep(1)
        async def main():
            tasks = []
            while True:
                tasks.append(asyncio.create_task(c()))
        asyncio.run(main())
        """, tasks: 10_000_000)
    }

    func testAProgramUnderTheLimitIsUnaffected() throws {
        let trace = try MemoryRun.trace("x = [[i] for i in range(100_000)]\nprint(len(x), x[-1])\n", memory: 32 << 20)
        XCTAssertEqual(trace.status, .completed)
        XCTAssertEqual(trace.stdout, "100000 [99999]\n")
    }

    /// Attribute names built at run time are new string objects on every
    /// call; a dispatch loop over them (`getattr(self, "visit_" + kind)`)
    /// must run in constant memory, not grow its class's lookup cache.
    func testAttributeNamesBuiltAtRunTimeDoNotGrowTheClass() throws {
        let trace = try MemoryRun.trace("""
        class Visitor:
            def visit_num(self, v): return v
            def visit_neg(self, v): return -v
        w = Visitor()
        total = 0
        for i in range(400_000):
            kind = "num" if i % 2 else "neg"
            total += getattr(w, "visit_" + kind)(i)
            total += hasattr(w, "missing_" + kind)
        print(total)
        """, memory: 16 << 20)
        XCTAssertEqual(trace.status, .completed, "\(trace.limit.map { "limit \($0.name)" } ?? trace.diagnostics)")
        XCTAssertEqual(trace.stdout, "200000\n")
    }

    func testAFinishedRunLeavesItsHeapBehindNoMatterHowItEnded() throws {
        // Warm the process-wide caches (compiled library code) first.
        _ = try MemoryRun.trace("import asyncio\nasync def m():\n    pass\nasyncio.run(m())\n")
        let programs = [
            "import asyncio\nasync def m():\n    await asyncio.sleep(1)\nasyncio.run(m())\n",
            "x = []\nwhile True:\n    x.append([len(x), str(len(x))])\n",
            "class N:\n    def __init__(s, n): s.n = n\nh = None\nfor i in range(200_000):\n    h = N(h)\n",
            // Cycles the program dropped, too few for a collection during
            // the run: the teardown's collection frees them (they leaked
            // ~3.6 MB per request in the server before).
            "class N:\n    pass\nfor i in range(4_000):\n    a = N(); b = N(); a.o = b; b.o = a\n",
            // An exception kept in a frame it passed through: a cycle
            // through the traceback's hold on the frame's locals.
            "def f():\n    try:\n        raise ValueError(1)\n    except ValueError as e:\n        err = e\n        raise\nfor i in range(3_000):\n    try:\n        f()\n    except ValueError:\n        pass\n",
        ]
        for source in programs {
            let before = HeapMeter.threadLiveBytes
            _ = try MemoryRun.trace(source, memory: 32 << 20)
            let after = HeapMeter.threadLiveBytes
            XCTAssertLessThan(after - before, 1 << 20, "a run left \(after - before) bytes behind: \(source)")
        }
    }
}

import XCTest
@testable import Runtime

/// Freeing very deep or very long object graphs must not recurse on the
/// native stack (Memory/DeepRelease.swift): each program below builds a
/// chain far deeper than a thread's stack could release recursively
/// (the issue's crash: 300,000 nested lists killed the server), through a
/// different kind of reference, and drops it mid-run and at the end. A
/// regression crashes the whole test process, which is the point.
final class DeepReleaseTests: XCTestCase {
    /// Builds `n`-deep chains with `step` (a statement that wraps `x`),
    /// drops the chain mid-run, builds it again and leaves it for teardown.
    private func assertChainReleases(_ setup: String, _ step: String, n: Int = 500_000,
                                     file: StaticString = #filePath, line: UInt = #line) throws {
        let source = """
        \(setup)
        def build(n):
            x = None
            for i in range(n):
                \(step)
            return x
        x = build(\(n))
        x = None
        print('dropped')
        y = build(\(n))
        print('kept')
        """
        let trace = try MemoryRun.trace(source, file: file, line: line)
        XCTAssertEqual(trace.status, .completed, "\(trace.limit.map { "limit \($0.name)" } ?? trace.diagnostics)",
                       file: file, line: line)
        XCTAssertEqual(trace.stdout, "dropped\nkept\n", file: file, line: line)
        XCTAssertEqual(DeepRelease.pending, 0, "the deferred-release bin is empty after the run", file: file, line: line)
    }

    func testNestedLists() throws { try assertChainReleases("", "x = [x]") }
    func testNestedTuples() throws { try assertChainReleases("", "x = (x, i)") }
    func testNestedDicts() throws { try assertChainReleases("", "x = {'k': x}") }
    func testNestedFrozensets() throws { try assertChainReleases("", "x = frozenset([x, i])", n: 200_000) }
    func testLinkedInstances() throws {
        try assertChainReleases("class Node:\n    def __init__(self, nxt): self.next = nxt", "x = Node(x)", n: 300_000)
    }
    func testInstancesWithSlotsLikeTuples() throws {
        try assertChainReleases("from collections import namedtuple\nP = namedtuple('P', 'a b')", "x = P(x, i)")
    }
    func testClosures() throws {
        try assertChainReleases("def wrap(f):\n    def g():\n        return f\n    return g", "x = wrap(x)")
    }
    func testDefaultArguments() throws { try assertChainReleases("", "x = (lambda v=x: v)") }
    func testBoundMethods() throws {
        try assertChainReleases("import types\ndef f(self): return self", "x = types.MethodType(f, [x])")
    }
    func testExceptionContexts() throws {
        try assertChainReleases("", "x = ValueError(x)")
        try assertChainReleases("""
        def chained(prev):
            try:
                raise KeyError(1)
            except KeyError as e:
                e.__context__ = prev
                return e
        """, "x = chained(x)", n: 200_000)
    }
    func testGeneratorsHoldingGenerators() throws {
        try assertChainReleases("def gen(inner):\n    yield inner", "x = gen(x)", n: 200_000)
    }
    func testSuspendedGeneratorFrames() throws {
        try assertChainReleases("""
        def gen(inner):
            held = inner
            yield 1
            yield held
        def started(inner):
            g = gen(inner)
            next(g)
            return g
        """, "x = started(x)", n: 200_000)
    }
    func testCoroutinesNeverAwaited() throws {
        try assertChainReleases("async def co(inner):\n    return inner", "x = co(x)", n: 100_000)
    }
    func testLazyIterators() throws {
        try assertChainReleases("", "x = map(abs, [1] if x is None else x)", n: 200_000)
        try assertChainReleases("", "x = zip([x])", n: 200_000)
        try assertChainReleases("", "x = iter([x])")
    }
    func testDequesSlicesAndProperties() throws {
        try assertChainReleases("from collections import deque", "x = deque([x])")
        try assertChainReleases("", "x = slice(x)")
        try assertChainReleases("", "x = property(x)")
    }
    func testCellsAndDictsMixed() throws {
        try assertChainReleases("", "x = [{'a': (x,)}]", n: 200_000)
    }

    func testTenTimesTheReportedDepthEndsWithAResultOrTheMemoryLimit() throws {
        // 3,000,000 nested lists: more than the heap limit holds. The run
        // must end with the memory limit named, and release what it built.
        let trace = try MemoryRun.trace("x = []\nfor i in range(3_000_000):\n    x = [x]\nprint('built')\n")
        XCTAssertTrue(trace.status == .completed || trace.limit?.name == "memory",
                      "status \(trace.status), limit \(String(describing: trace.limit))")
        let chain = try MemoryRun.trace("""
        class N:
            def __init__(self, n): self.n = n
        h = None
        for i in range(4_000_000):
            h = N(h)
        """)
        XCTAssertEqual(chain.limit?.name, "memory")
        XCTAssertEqual(DeepRelease.pending, 0)
    }

    func testAsyncioTaskChainsRelease() throws {
        // Each task awaits the previous one: a chain through futures,
        // callbacks and coroutine frames, released when the run ends.
        let trace = try MemoryRun.trace("""
        import asyncio
        async def link(prev):
            if prev is not None:
                await prev
            return 1
        async def main():
            prev = None
            for i in range(20_000):
                prev = asyncio.ensure_future(link(prev))
            await prev
            print('done')
        asyncio.run(main())
        """, tasks: 100_000)
        XCTAssertEqual(trace.stdout, "done\n", trace.diagnostics)
    }

    /// The unbracketed release of a shared array relies on reading its
    /// storage reference in place: a wrong answer "shared" for a unique
    /// array would release a deep chain outside the bracket.
    func testArrayStorageUniquenessIsReadCorrectly() {
        var fresh: [PyObject] = [PyList([])]
        XCTAssertTrue(DeepRelease.hasUniqueStorage(&fresh))
        var copy = fresh
        XCTAssertFalse(DeepRelease.hasUniqueStorage(&fresh))
        XCTAssertFalse(DeepRelease.hasUniqueStorage(&copy))
        copy.append(PyList([]))  // copy-on-write: both unique again
        XCTAssertTrue(DeepRelease.hasUniqueStorage(&fresh))
        XCTAssertTrue(DeepRelease.hasUniqueStorage(&copy))
        var optional: [PyObject]? = [PyList([])]
        XCTAssertTrue(DeepRelease.hasUniqueStorage(&optional))
        let shared = optional
        XCTAssertFalse(DeepRelease.hasUniqueStorage(&optional))
        optional = nil
        XCTAssertTrue(DeepRelease.hasUniqueStorage(&optional))
        XCTAssertEqual(shared?.count, 1)
    }

    func testSharedClosureCellsAndDeepChainsThroughClosures() throws {
        // Frames share their function's cell array; closures chained
        // through their cells are released deep and shared at once.
        let trace = try MemoryRun.trace("""
        def wrap(f):
            def g():
                return f
            return g
        def build(n):
            f = None
            for i in range(n):
                f = wrap(f)
            return f
        for _ in range(2):
            f = build(300_000)
            g = f
            f = None
            print(g() is not None)
            g = None
        print('done')
        """)
        XCTAssertEqual(trace.stdout, "True\nTrue\ndone\n", trace.diagnostics)
    }
}

/// Native operations that walk a deep structure on the Swift stack (hash,
/// repr, comparison) end with RecursionError, as CPython's guarded ones do,
/// never with a stack overflow.
final class DeepNativeRecursionTests: XCTestCase {
    func testHashReprAndEqualityOfDeepStructuresRaiseRecursionError() throws {
        // (A frozenset chain is not here: each level's hash is computed and
        // cached while the chain is built, so hashing the top is O(1).)
        for (build, use) in [("x = (x,)", "hash(x)"), ("x = (x, i)", "{x: 1}"),
                             ("x = map(abs, x if x is not None else [1])", "next(x)"),
                             ("x = zip(x if x is not None else [1])", "list(x)"),
                             ("x = [x]", "repr(x)"), ("x = [x]", "x == [x]"), ("x = {1: x}", "str(x)"),
                             ("x = {1: x}", "x == {1: x}")] {
            let trace = try MemoryRun.trace("""
            x = None
            for i in range(300_000):
                \(build)
            try:
                \(use)
            except RecursionError as e:
                print('RecursionError')
            """)
            XCTAssertEqual(trace.stdout, "RecursionError\n", "\(build) then \(use): \(trace.diagnostics)")
        }
    }
}

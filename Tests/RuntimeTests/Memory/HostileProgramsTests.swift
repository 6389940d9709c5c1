import XCTest
@testable import Runtime

/// Hostile programs of each family end with a named limit or CPython's
/// exception, and native operations on long texts neither copy them into
/// uncharged code-point arrays nor outgrow the memory limit before it is
/// checked. Outcomes are asserted, never timings.
final class HostileRuntimeProgramsTests: XCTestCase {
    private func run(_ source: String, memory: Int = 64 << 20, wallMillis: Int = 1_000, tasks: Int? = nil,
                     file: StaticString = #filePath, line: UInt = #line) throws -> Trace {
        var limits = RunLimits.defaults
        if let tasks { limits.tasks = tasks }
        limits.steps = 1_000_000_000
        limits.memory = memory
        limits.wallMillis = wallMillis
        limits.events = 1_000
        switch ScenarioRunner.run(Scenario(source: source, limits: limits, recordEvents: false)) {
        case .success(let trace): return trace
        case .failure(let failure):
            XCTFail("compile failure: \(failure.message)", file: file, line: line)
            throw failure
        }
    }

    /// Ends with the memory limit inside the operation: `finished` would
    /// be printed if the operation ran to its end before the next check.
    private func assertStopsMidway(_ operation: String, memory: Int = 48 << 20,
                                   file: StaticString = #filePath, line: UInt = #line) throws {
        let trace = try run("x = \(operation)\nprint('finished')\n", memory: memory, wallMillis: 60_000,
                            file: file, line: line)
        XCTAssertEqual(trace.limit?.name, "memory", "\(operation): \(trace.status) \(trace.diagnostics)",
                       file: file, line: line)
        XCTAssertEqual(trace.stdout, "", operation, file: file, line: line)
    }

    /// Each of these built the text's 4-byte code-point array (40 MB for a
    /// 10 MB text), or a padded result of 4 bytes per character, and ended
    /// with the memory limit under 48 MiB; CPython needs only the text.
    func testASCIITextMethodsWorkInPlace() throws {
        let source = """
        s = ' ' * 10_000_000
        print(len(s.strip()), len(s.lstrip()), len(('x' + s + 'x').strip('x')), s.rstrip() == '')
        del s
        t = 'x' * 10_000_000
        print(t.startswith('x'), t.endswith('xy'), t.startswith('x', 5, 9), t.endswith(('q', 'xx'), 0, -3))
        print(t.find('y', 5), t.rfind('x', 0, -1), t.count('xx', 3), t.index('x', -2), t.rindex('x', 0, 5))
        print(len(t.removeprefix('x')), len(t.removesuffix('xx')), t.isidentifier(), t.istitle())
        import re
        print(re.findall('y', t), re.search('x$', t).span(), len(re.match('x*', t).group()))
        del t
        print(len('x'.ljust(15_000_000)))
        print(len('x'.center(15_000_000, 'y')))
        print(len('-1'.zfill(15_000_000)))
        """
        let trace = try run(source, memory: 48 << 20, wallMillis: 60_000)
        XCTAssertEqual(trace.stdout, """
            0 0 10000000 True
            True False True True
            -1 9999998 4999998 9999998 4
            9999999 9999998 True False
            [] (9999999, 10000000) 10000000
            15000000
            15000000
            15000000

            """, "\(trace.status) \(trace.diagnostics)")
    }

    /// Other texts still go through their code points: the array is
    /// charged before it is built (40 MB for 10 million 'é').
    func testCodePointArraysAreChargedBeforeTheyAreBuilt() throws {
        try assertStopsMidway("('\\u00e9' * 10_000_000).find('x', 1)")
        try assertStopsMidway("('\\u00e9' * 10_000_000).startswith('x', 1)")
        try assertStopsMidway("('\\u00e9' * 10_000_000)[1:]")
        try assertStopsMidway("__import__('re').search('x', '\\u00e9' * 10_000_000)")
        try assertStopsMidway("[c for c in '\\u00e9' * 10_000_000 if c == 'x']")
        try assertStopsMidway("('\\u00e9' * 10_000_000).rsplit('x', 1)")
        try assertStopsMidway("('\\u00e9' * 10_000_000).translate({})")
    }

    /// `gather` wraps each coroutine in a task natively: a million of them
    /// met no check before it returned.
    func testGatherStopsAtTheMemoryLimitWhileWrapping() throws {
        let trace = try run("""
            import asyncio
            async def main():
                coros = [asyncio.sleep(0) for _ in range(150_000)]
                print('made')
                g = asyncio.gather(*coros)
                print('finished')
            asyncio.run(main())
            """, memory: 96 << 20, wallMillis: 60_000, tasks: 10_000_000)
        XCTAssertEqual(trace.limit?.name, "memory", "\(trace.status) \(trace.diagnostics)")
        XCTAssertEqual(trace.stdout, "made\n")
    }

    /// Floods and endless native work of every kind end with a named limit.
    func testFloodsEndWithANamedLimit() throws {
        let programs: [(String, Set<String>)] = [
            ("import asyncio\nasync def main():\n    while True: asyncio.create_task(asyncio.sleep(1))\nasyncio.run(main())",
             ["memory", "wall", "tasks"]),
            ("import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n    while True: loop.call_soon(print, 'x')\nasyncio.run(main())",
             ["memory", "wall"]),
            ("import asyncio\ndef cb(loop):\n    loop.call_soon(cb, loop)\n    loop.call_soon(cb, loop)\nasync def main():\n    cb(asyncio.get_running_loop())\n    await asyncio.sleep(10)\nasyncio.run(main())",
             ["memory", "wall"]),
            ("import asyncio\nasync def main():\n    q = asyncio.Queue(maxsize=-5)\n    while True: q.put_nowait('x' * 100)\nasyncio.run(main())",
             ["memory", "wall"]),
            ("import asyncio\nasync def f(n):\n    return await asyncio.create_task(f(n + 1))\nasyncio.run(f(0))",
             ["memory", "wall", "tasks"]),
            ("import asyncio\nasync def ag():\n    while True: yield 'x' * 100\nasync def main():\n    l = []\n    async for x in ag(): l.append(x)\nasyncio.run(main())",
             ["memory", "wall"]),
            ("import asyncio\nasync def w(ev):\n    while True: await ev.wait()\nasync def main():\n    ev = asyncio.Event()\n    ts = [asyncio.create_task(w(ev)) for _ in range(2000)]\n    while True:\n        ev.set(); await asyncio.sleep(0); ev.clear()\nasyncio.run(main())",
             ["wall"]),
            ("import asyncio\nasync def main():\n    await asyncio.sleep(float('inf'))\nasyncio.run(main())", ["time"]),
            ("import time\ntime.sleep(1e18)", ["time"]),
            ("import itertools\nx = list(itertools.product(range(100), repeat=10))", ["memory", "wall"]),
            ("import itertools\nx = list(itertools.repeat(1, 10**9))", ["memory", "wall"]),
            ("import itertools\nn = 0\nfor p in itertools.permutations(range(20)): n += 1", ["wall"]),
            ("import itertools\nprint(sum(1 for _ in itertools.combinations(range(1000), 500)))", ["wall"]),
            ("import itertools\na, b = itertools.tee(itertools.count())\nfor x in a: pass", ["memory", "wall"]),
            ("import collections\nd = collections.deque(range(10**12), maxlen=1)", ["wall"]),
            ("import collections\nd = collections.deque(maxlen=2**62)\nd.extend(range(10**9))", ["memory", "wall"]),
            ("import collections\nprint(collections.Counter('a' * 10**9)['a'])", ["memory", "wall"]),
            ("import math\nx = math.factorial(10**7)", ["wall"]),
            ("import math\nx = math.comb(10**7, 5 * 10**6)", ["wall"]),
            ("import math\nx = math.prod(range(1, 10**6))", ["wall"]),
            ("x = 2 ** (10**10)", ["memory"]),
            ("x = sorted(range(10**8))", ["memory", "wall"]),
            ("print(max(range(10**11)))", ["wall"]),
            ("print(min(range(10**9), key=lambda v: -v))", ["wall"]),
            ("import re\nprint(re.match(r'(a+)+$', 'a' * 40 + 'b'))", ["wall"]),
            ("import re\nprint(re.search(r'(x+x+)+y', 'x' * 5000))", ["wall"]),
            ("x = [0 for _ in range(10**9)]", ["memory", "wall"]),
            ("x = {i: i for i in range(10**8)}", ["memory", "wall"]),
            ("l = []\nwhile True: l.append(l)", ["memory", "wall"]),
            ("x = ''.join('ab' for _ in range(10**9))", ["memory", "wall"]),
            ("x = ('\\t' * 10**6).expandtabs(1000)", ["memory"]),
            ("x = ('a' * 10**6).replace('a', 'b' * 1000)", ["memory"]),
            ("x = ('x' * 10**8).split('x')", ["memory"]),
            ("x = 'x'.center(10**9)", ["memory"]),
            ("x = (1).to_bytes(10**10, 'big')", ["memory"]),
            ("x = bytes.fromhex('00' * 10**8)", ["memory"]),
            ("while True: print('x' * 1000, end='')", ["output"]),
            ("for i in range(10**6): print(end='y' * 10**6)", ["output"]),
            ("print(*range(10**6), sep='x' * 10**6)", ["memory", "output"]),
            ("C = object\nfor i in range(10**5):\n    C = type('C', (C,), {})", ["memory", "wall"]),
            ("e = None\nfor i in range(10**5):\n    try:\n        try:\n            raise e if e else ValueError(0)\n        except ValueError:\n            raise ValueError(i)\n    except ValueError as x:\n        e = x",
             ["wall"]),
        ]
        for (source, names) in programs {
            let trace = try run(source)
            XCTAssertEqual(trace.status, .limit, "\(source): \(trace.diagnostics.suffix(300))")
            XCTAssertTrue(names.contains(trace.limit?.name ?? ""),
                          "\(source): \(String(describing: trace.limit)) not in \(names)")
        }
    }

    /// A chain of 100,000 exceptions raised from each other is printed
    /// with the output cap on the traceback, not held whole.
    func testALongExceptionChainIsPrintedWithinTheCap() throws {
        let trace = try run("""
            e = None
            for i in range(10**5):
                try:
                    raise ValueError(i) from e
                except ValueError as x:
                    e = x
            raise e
            """, wallMillis: 60_000)
        XCTAssertEqual(trace.status, .exception, trace.diagnostics.suffix(300).description)
        XCTAssertEqual(trace.error?.type, "ValueError")
        XCTAssertLessThan(trace.diagnostics.utf8.count, (1 << 20) + 400)
        XCTAssertTrue(trace.diagnostics.hasPrefix("Traceback (most recent call last):"))
    }

    /// `1 << n` for a shift count beyond a machine word is CPython's
    /// OverflowError (it was the memory limit), and zero shifts to zero.
    func testHugeShiftCountsAreOverflowErrors() throws {
        let trace = try run("""
            try:
                1 << (1 << 70)
            except OverflowError as e:
                print(e)
            print(0 << (1 << 70), (-1) >> (1 << 70))
            """)
        XCTAssertEqual(trace.stdout, "too many digits in integer\n0 -1\n", trace.diagnostics)
    }
}

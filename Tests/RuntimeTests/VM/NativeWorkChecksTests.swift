import XCTest
@testable import Runtime

/// One native operation cannot outlast the wall limit or grow the heap
/// past the memory limit: builtins that consume an endless or enormous
/// iterator, big-integer loops and string builders check both as they go,
/// and a limit hit inside an import or an uncaught exception's `__str__`
/// still ends the run with that limit.
final class NativeWorkChecksTests: XCTestCase {
    private func run(_ source: String, wallMillis: Int = 300, memory: Int? = nil,
                     steps: Int = 1_000_000_000) -> (trace: Trace, seconds: Double) {
        var limits = RunLimits.defaults
        limits.wallMillis = wallMillis
        limits.steps = steps
        if let memory { limits.memory = memory }
        let started = Date()
        guard case .success(let trace) = ScenarioRunner.run(Scenario(source: source, limits: limits,
                                                                     recordEvents: false)) else {
            XCTFail("did not compile: \(source)")
            return (Trace(), 0)
        }
        return (trace, Date().timeIntervalSince(started))
    }

    func testBuiltinsConsumingEndlessIteratorsStopAtTheWallLimit() {
        for source in ["sum(range(10**15))", "max(range(10**12))", "1 in iter(int, 1)", "any(iter(int, 1))",
                       "set(iter(int, 1))", "''.join(iter(str, 1))", "sorted(iter(int, 1))",
                       "import collections\ncollections.deque(iter(int, 1), maxlen=0)"] {
            let (trace, seconds) = run(source)
            XCTAssertEqual(trace.limit?.name, "wall", "\(source): \(trace.status) \(trace.diagnostics)")
            XCTAssertLessThan(seconds, 1.5, source)
        }
    }

    func testGrowingNativeResultsStopAtTheMemoryLimit() {
        for source in ["x = list(iter(int, 1))", "x = set(range(10**8))",
                       "x = ('a' * 10**6).translate({97: 'b' * 1000})"] {
            let (trace, seconds) = run(source, wallMillis: 20_000, memory: 32 << 20)
            XCTAssertEqual(trace.limit?.name, "memory", "\(source): \(trace.status) \(trace.diagnostics)")
            XCTAssertLessThan(seconds, 10, source)
        }
    }

    func testBigIntegerLoopsStopAtTheWallLimit() {
        for source in ["import math\nmath.gcd(3**10**5, 2**(10**6)+1)",
                       "import math\nmath.lcm(*range(1, 10**5))",
                       "x = pow(3, 1 << 16000, (1 << 16000) + 5)",
                       "import math\nmath.isqrt((1 << 10**7) - 1)",
                       "divmod((1 << 10**7) - 1, (1 << 5 * 10**6) + 1)"] {
            let (trace, seconds) = run(source)
            XCTAssertEqual(trace.limit?.name, "wall", "\(source): \(trace.status) \(trace.diagnostics)")
            XCTAssertLessThan(seconds, 1.5, source)
        }
    }

    func testALimitInsideAnImportIsNotAnImportError() {
        // asyncio's import alone takes longer than 1 ms.
        let (trace, _) = run("import asyncio\n", wallMillis: 1)
        XCTAssertEqual(trace.limit?.name, "wall", "\(trace.status) \(trace.diagnostics)")
    }

    func testALimitInAnUncaughtExceptionsStrEndsTheRunWithIt() {
        let (trace, _) = run("class E(Exception):\n    def __str__(self):\n        while True: pass\nraise E()\n",
                             steps: 100_000)
        XCTAssertEqual(trace.status, .limit)
        XCTAssertEqual(trace.limit?.name, "steps")
        // An exception raised by __str__ is still CPython's placeholder.
        let (raised, _) = run("class E(Exception):\n    def __str__(self): raise RuntimeError\nraise E()\n")
        XCTAssertEqual(raised.status, .exception)
        XCTAssertTrue(raised.diagnostics.contains("E: <exception str() failed>"), raised.diagnostics)
    }

    func testHugeReprAndStderrFloodEndWithinTheLimits() {
        let (repr, seconds) = run("x = repr('\\x00' * 10**8)", wallMillis: 500)
        XCTAssertEqual(repr.status, .limit, repr.diagnostics)
        XCTAssertLessThan(seconds, 2)
        let (flood, _) = run("import sys\nwhile True:\n    sys.stderr.write('x' * 1000)\n")
        XCTAssertEqual(flood.limit?.name, "wall")
        XCTAssertLessThan(flood.diagnostics.utf8.count, (1 << 20) + 200)
        XCTAssertTrue(flood.diagnostics.contains("more bytes of stderr dropped"), String(flood.diagnostics.suffix(200)))
    }

    func testPiecewiseStringBuildersAreLinear() {
        // Each took 5-18 s when appending to a unicode-scalar view was quadratic.
        let source = """
        n = 200_000
        a = repr('\\x00' * n)
        b = ascii('\\u00e9' * n)
        c = ('a' * n).translate({97: 'bc'})
        d = ('{}' * n).format(*range(n))
        e = ('%s' * n) % tuple(range(n))
        print(len(a), len(b), len(c), len(d), len(e))
        """
        let (trace, seconds) = run(source, wallMillis: 20_000)
        XCTAssertEqual(trace.stdout, "800002 800002 400000 1088890 1088890\n", trace.diagnostics)
        XCTAssertLessThan(seconds, 5)
    }

    func testHugeCountsAreTheMemoryLimitNotACrash() {
        // Each trapped on an integer overflow (or an allocation failure) and
        // took the process down.
        for source in ["b'xx' * (1 << 62)", "bytearray(b'xx') * (1 << 62)", "'x'.ljust(1 << 62)",
                       "'x'.zfill(1 << 62)", "'x'.center(1 << 62)", "'\\t'.expandtabs(1 << 62)",
                       "b'x'.ljust(1 << 62)", "b'x'.zfill(1 << 62)", "b'\\t'.expandtabs(1 << 62)",
                       "x = bytearray(b'ab')\nx *= 1 << 62", "t = (1,)\nwhile True: t += t",
                       "b = b'a'\nwhile True: b += b", "x = [1]\nwhile True: x.extend(x)",
                       "x = b''.join([b'x' * 10**6] * 1000)"] {
            let (trace, _) = run(source, wallMillis: 5_000)
            XCTAssertEqual(trace.limit?.name, "memory", "\(source): \(trace.status) \(trace.diagnostics)")
        }
    }

    func testCollidingHashesAndALoopingSystemExitStopAtTheWallLimit() {
        let (set, seconds) = run("class K:\n    def __hash__(self): return 1\ns = set(K() for _ in range(100000))")
        XCTAssertEqual(set.limit?.name, "wall", set.diagnostics)
        XCTAssertLessThan(seconds, 1.5)
        let (exit, _) = run("class C:\n    def __str__(self):\n        while True: pass\nraise SystemExit(C())")
        XCTAssertEqual(exit.limit?.name, "wall", "\(exit.status) \(exit.diagnostics)")
    }

    func testIntegerEdgesRaiseInsteadOfTrapping() {
        // Each trapped (arithmetic overflow, a negative UInt, a Double past
        // Int.max) and took the process down.
        let (trace, _) = run("""
        print(hash(-2**63), [1][::-2**63], round(15, -2**62), round(1.5, 2**62))
        # A span beyond Int is a range like any other (CPython computes it
        # exactly); only a length beyond sys.maxsize is refused, by len().
        print(len(range(-2**63, 2**63 - 1, 2**62)), list(range(-2**63, 2**63 - 1, 2**62))[-1])
        try:
            len(range(-2**63, 2**63 - 1))
        except OverflowError as e:
            print(e)
        """, wallMillis: 5_000)
        XCTAssertEqual(trace.stdout, "-4 [1] 0 1.5\n4 4611686018427387904\nPython int too large to convert to C ssize_t\n",
                       trace.diagnostics)
    }

    func testANaNSleepIsDueAtOnceAndAnEndlessRangeScanStops() {
        let (sleep, _) = run("import asyncio\nasync def m():\n    await asyncio.sleep(float('nan'))\n    print('ok')\nasyncio.run(m())")
        XCTAssertEqual(sleep.stdout, "ok\n", sleep.diagnostics)
        let (count, seconds) = run("range(10**18).count('x')")
        XCTAssertEqual(count.limit?.name, "wall")
        XCTAssertLessThan(seconds, 1.5)
    }

    /// Loops of a few long instructions (each a walk of megabytes that
    /// neither allocates much nor counts native work; a sort of a million
    /// items takes ~50 ms) reach the dispatch loop's periodic check only
    /// after tens of seconds: the deadline watchdog
    /// (VM/DeadlineWatchdog.swift) wakes the check at the deadline.
    func testFewLongInstructionsStopAtTheWallLimit() {
        for source in ["a = 'x' * 20_000_000\nb = 'x' * 20_000_000\nfor _ in range(10**6): a == b",
                       "a = b'x' * 20_000_000\nfor _ in range(10**6): b'y' in a",
                       "a = [i * 7919 % 1_000_003 for i in range(10**6)]\nfor _ in range(10**6): sorted(a)"] {
            let (trace, seconds) = run(source, wallMillis: 1000)
            XCTAssertEqual(trace.limit?.name, "wall", "\(source): \(trace.status) \(trace.diagnostics)")
            XCTAssertLessThan(seconds, 15, "hung: \(source)")
        }
    }

    /// A run that ends before its deadline is not disturbed by the watchdog.
    func testARunEndingBeforeItsDeadlineCompletes() {
        let (trace, _) = run("print(('1' * 10**7).isdigit(), sum(range(1000)))", wallMillis: 20_000)
        XCTAssertEqual(trace.status, .completed, trace.diagnostics)
        XCTAssertEqual(trace.stdout, "True 499500\n")
    }
}

import XCTest
@testable import Runtime

/// Long chains a program can build cheaply are handled without recursion
/// on their length: an uncaught exception whose `raise ... from` chain is
/// 200,000 long (its report overflowed the stack), and 3,000 classes each
/// derived from the previous one (the MRO merge copied every sequence at
/// every step).
final class DeepChainsTests: XCTestCase {
    private func run(_ source: String) -> (trace: Trace, seconds: Double) {
        var limits = RunLimits.defaults
        limits.wallMillis = 20_000
        limits.steps = 100_000_000
        let started = Date()
        guard case .success(let trace) = ScenarioRunner.run(Scenario(source: source, limits: limits,
                                                                     recordEvents: false)) else {
            XCTFail("did not compile")
            return (Trace(), 0)
        }
        return (trace, Date().timeIntervalSince(started))
    }

    func testALongExceptionChainIsReported() {
        let (trace, _) = run("""
        e = None
        for i in range(200_000):
            try:
                raise ValueError(i) from e
            except ValueError as x:
                e = x
        raise e
        """)
        XCTAssertEqual(trace.status, .exception)
        XCTAssertEqual(trace.error?.message, "199999")
        // Oldest first, as CPython prints it, cut at the output limit's size.
        XCTAssertTrue(trace.diagnostics.hasPrefix("Traceback (most recent call last):"), String(trace.diagnostics.prefix(80)))
        XCTAssertTrue(trace.diagnostics.contains("ValueError: 0\n\nThe above exception was the direct cause"))
        XCTAssertLessThan(trace.diagnostics.utf8.count, (1 << 20) + 200_000)
    }

    func testAShortChainReadsAsCPythons() {
        let (trace, _) = run("""
        try:
            try:
                raise KeyError('a')
            except KeyError as k:
                raise ValueError('b') from k
        except ValueError:
            raise TypeError('c')
        """)
        let expected = """
        Traceback (most recent call last):
          File "prog.py", line 3, in <module>
            raise KeyError('a')
        KeyError: 'a'

        The above exception was the direct cause of the following exception:

        Traceback (most recent call last):
          File "prog.py", line 5, in <module>
            raise ValueError('b') from k
        ValueError: b

        During handling of the above exception, another exception occurred:

        Traceback (most recent call last):
          File "prog.py", line 7, in <module>
            raise TypeError('c')
        TypeError: c

        """
        XCTAssertEqual(trace.diagnostics, expected)
    }

    /// Correctness only: speed is a benchmark's job, not a timed unit test's
    /// (a 2 s bound failed on a loaded 2-core machine). The run's 20 s wall
    /// limit still catches a merge gone quadratic enough to hang.
    func testADeepSingleInheritanceChain() {
        let (trace, _) = run("""
        class A: pass
        for i in range(3000):
            A = type('A%d' % i, (A,), {})
        class B: pass
        class C(A, B): pass
        print(len(A.__mro__), C.__mro__[1].__name__, C.__mro__[-2].__name__)
        """)
        XCTAssertEqual(trace.stdout, "3002 A2999 B\n", trace.diagnostics)
    }
}

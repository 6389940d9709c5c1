import XCTest
@testable import Runtime

/// Generators and coroutines dropped while suspended inside `try` or
/// `with` are closed as CPython closes them (Objects/AsyncGenFinalization.swift):
/// their cleanup runs when the last reference goes, when the cycle
/// collector finds them unreachable, and at exit for the main module's
/// variables; an exception in that cleanup is reported on stderr with its
/// traceback, as CPython's unraisable hook does.
final class GeneratorFinalizationTests: XCTestCase {
    private func run(_ source: String) throws -> Trace {
        guard case .success(let trace) = ScenarioRunner.run(Scenario(source: source, recordEvents: false)) else {
            XCTFail("did not compile")
            return Trace()
        }
        XCTAssertEqual(trace.status, .completed, trace.diagnostics)
        return trace
    }

    func testCleanupRunsWhenTheLastReferenceGoes() throws {
        // Expected output reasoned from CPython's rules: a generator left by
        // `break` is closed right after the loop; `del` closes at once; a
        // generator that never entered its `try` has nothing to run.
        let trace = try run("""
        def reader(name):
            print("open", name)
            try:
                for i in range(10):
                    yield i
            finally:
                print("closed", name)
        for x in reader("a"):
            if x == 1:
                break
        print("after loop")
        g = reader("b")
        next(g)
        del g
        print("after del")
        unstarted = reader("c")
        del unstarted
        def first(it):
            for x in it:
                return x
        print(first(reader("d")))
        kept = reader("e")
        next(kept)
        print("end")
        """)
        XCTAssertEqual(trace.stdout, """
        open a
        closed a
        after loop
        open b
        closed b
        after del
        open d
        closed d
        0
        open e
        end
        closed e

        """)
    }

    func testAGeneratorInAnUnreachableCycleIsClosedBeforeItsObjectsAreCleared() throws {
        let trace = try run("""
        import gc
        class Holder:
            def __init__(self):
                self.name = "holder"
                self.gen = self.run()
                next(self.gen)
            def run(self):
                try:
                    yield self
                finally:
                    print("closing", self.name)
        h = Holder()
        del h
        gc.collect()
        print("after collect")
        """)
        XCTAssertEqual(trace.stdout, "closing holder\nafter collect\n")
    }

    func testAnExceptionInCleanupIsReportedWithItsTraceback() throws {
        let trace = try run("""
        def bad():
            try:
                yield 1
            finally:
                raise ValueError("boom in finally")
        b = bad()
        next(b)
        del b
        print("went on")
        """)
        XCTAssertEqual(trace.stdout, "went on\n")
        XCTAssertTrue(trace.diagnostics.hasPrefix("Exception ignored in: <generator object bad at 0x"), trace.diagnostics)
        XCTAssertTrue(trace.diagnostics.contains("""
        Traceback (most recent call last):
          File "prog.py", line 5, in bad
            raise ValueError("boom in finally")
        ValueError: boom in finally

        """), trace.diagnostics)
    }
}

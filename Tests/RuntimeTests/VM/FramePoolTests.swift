import XCTest
@testable import Runtime

/// Frames of finished calls are reused (VM/FramePool.swift) without any
/// visible effect: a returning call drops its locals at once (a finalizer
/// runs), recursion and functions sharing pooled frames compute the right
/// values, a frame someone keeps (`sys._getframe`) is not reused, tracebacks
/// of frames that raised stay right, closures get fresh cells, generators
/// keep their own frames. Expected output is CPython 3.11's.
final class FramePoolTests: XCTestCase {
    private let program = """
    import sys, weakref

    class Token:
        pass

    died = []

    def holder(tag):
        t = Token()
        weakref.finalize(t, died.append, tag)
        return tag

    # A pooled frame drops its locals when its call returns.
    print(holder("a"), died)

    # Recursion reuses frames of the same code; results stay right.
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    print(fact(20), fact(5))

    # Functions with the same number of locals share pooled frames.
    def add(a, b):
        c = a + b
        return c

    def mul(x, y):
        z = x * y
        return z

    print(add(2, 3), mul(2, 3), add("x", "y"), mul("ab", 2))

    # A frame a caller keeps (sys._getframe) is not reused.
    def keep():
        here = "kept"
        return sys._getframe()

    f = keep()
    add(10, 20)
    print(f.f_code.co_name, f.f_locals.get("here"))

    # Tracebacks of frames that raised are right after later calls.
    def fail(n):
        if n == 0:
            raise ValueError("bottom")
        return fail(n - 1)

    saved = None
    try:
        fail(3)
    except ValueError as e:
        saved = e
    add(1, 1)
    import traceback
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(saved.__traceback__)])

    # A function whose frame saw an exception runs normally afterwards.
    def maybe(n):
        try:
            if n:
                raise KeyError(n)
            return "clean"
        except KeyError as e:
            return "caught %s" % e
    print(maybe(1), maybe(0), maybe(2), maybe(0))

    # Closures and defaults see fresh cells each call.
    def counter(start=0):
        count = start
        def bump():
            nonlocal count
            count += 1
            return count
        return bump

    c1, c2 = counter(), counter(10)
    print(c1(), c1(), c2(), c1())

    # Generators keep their own frames.
    def gen(n):
        for i in range(n):
            yield i * i
    g1, g2 = gen(3), gen(4)
    print(next(g1), next(g2), list(g1), list(g2))
    """

    private let expected = """
    a ['a']
    2432902008176640000 120
    5 6 xy abab
    keep kept
    [('<module>', 49), ('fail', 45), ('fail', 45), ('fail', 45), ('fail', 44)]
    caught 1 clean caught 2 clean
    1 2 11 3
    0 0 [1, 4] [1, 4, 9]

    """

    func testPooledFramesAreInvisibleToPrograms() {
        switch ScenarioRunner.run(Scenario(source: program, recordEvents: false)) {
        case .success(let trace):
            XCTAssertEqual(trace.status, .completed, trace.diagnostics)
            XCTAssertEqual(trace.stdout, expected)
        case .failure(let failure):
            XCTFail("compile failure: \(failure)")
        }
    }

    /// Every call path gives its frame back: a loop of calls allocates a
    /// handful of frames, not one per call (instantiation through
    /// `__init__` once allocated a frame per object).
    func testEveryCallPathReusesFrames() {
        let source = """
        class V:
            def __init__(self, x):
                self.x = x
            def get(self):
                return self.x

        def f(a, k=0):
            return a

        def g(*a):
            return a

        def h(a):
            b = a
            def q():
                return b
            return q()

        total = 0
        for i in range(500):
            v = V(i)
            total += v.get() + f(i) + f(i, k=1) + len(g(i)) + h(i)
            total += sum(map(f, [i])) + sorted([i, 1], key=f)[0]
        print(total)
        """
        var interpreter: Interpreter?
        let outcome = ProgramRunner.run(source: source, filename: "calls.py", configure: { interpreter = $0 })
        XCTAssertEqual(outcome.stdout, "624749\n") // CPython 3.11
        let allocated = interpreter?.framePool.allocatedCount ?? -1
        XCTAssertGreaterThan(allocated, 0)
        XCTAssertLessThan(allocated, 40, "frames allocated for 500 iterations of calls")
    }

    /// The pool is bounded: deep recursion keeps at most `perBucket` frames
    /// of one size, and a run's teardown empties it.
    func testPoolIsBoundedAndEmptiedAtTeardown() {
        let vm = Interpreter()
        var frames: [Frame] = []
        let code = CodeObject(name: "f", qualname: "f", filename: "t.py", firstLine: 1)
        let function = PyFunction(code: code, globals: PyDict(), defaults: [], kwDefaults: [:], closure: [],
                                  qualname: "f", moduleName: .none)
        for _ in 0..<(FramePool.perBucket + 10) { frames.append(vm.framePool.frame(for: function)) }
        while let frame = frames.popLast() { vm.framePool.recycle(frame) }
        XCTAssertEqual(vm.framePool.pooledCount, FramePool.perBucket)
        vm.releaseRunObjects()
        XCTAssertEqual(vm.framePool.pooledCount, 0)
    }
}

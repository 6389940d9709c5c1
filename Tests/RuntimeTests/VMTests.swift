import Script
import XCTest
@testable import Runtime

/// The VM driven from Swift: coroutine stepping (what the scheduler does),
/// values, dict/set semantics, limits.
final class VMTests: XCTestCase {
    func run(_ src: String, limits: Limits = Limits()) throws -> (Interpreter, PyDict) {
        let vm = Interpreter(limits: limits)
        let code = try vm.compileSource(src, filename: "t.py")
        let ns = PyDict()
        _ = try vm.runModuleCode(code, ns)
        return (vm, ns)
    }

    func testCoroutineCanBeSteppedFromSwift() throws {
        let (vm, ns) = try run("""
            class Wait:
                def __await__(self):
                    return (yield 'waiting')
            async def job():
                a = await Wait()
                b = await Wait()
                return a + b
            c = job()
            """)
        guard case .object(let o) = ns.getStr("c"), let coro = o as? PyGenerator else { return XCTFail("no coroutine") }
        XCTAssertEqual(coro.kind, .coroutine)
        guard case .yielded(let y) = try coro.send(vm, .none) else { return XCTFail("expected a yield") }
        XCTAssertEqual(y.stringValue, "waiting")
        _ = try coro.send(vm, .int(2))
        guard case .returned(let r) = try coro.send(vm, .int(40)) else { return XCTFail("expected return") }
        XCTAssertEqual(r.intValue, 42)
        XCTAssertEqual(coro.state, .closed)
    }

    func testThrowIntoSuspendedCoroutineReachesTheAwaitingFrame() throws {
        let (vm, ns) = try run("""
            class Wait:
                def __await__(self):
                    yield 'w'
            async def job():
                try:
                    await Wait()
                except KeyError:
                    return 'handled'
            c = job()
            """)
        guard case .object(let o) = ns.getStr("c"), let coro = o as? PyGenerator else { return XCTFail() }
        _ = try coro.send(vm, .none)
        let step = try coro.throwInto(vm, PyException(type: BuiltinTypes.keyError, args: []))
        guard case .returned(let v) = step else { return XCTFail("expected return") }
        XCTAssertEqual(v.stringValue, "handled")
    }

    func testDictTreatsEqualNumbersAsOneKey() throws {
        let (vm, ns) = try run("d = {1: 'a'}\nd[1.0] = 'b'\nd[True] = 'c'\n")
        guard case .object(let o) = ns.getStr("d"), let d = o as? PyDict else { return XCTFail() }
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(try d.get(.int(1), vm)?.stringValue, "c")
    }

    func testSetIterationOrderMatchesCPython() throws {
        let (vm, ns) = try run("s = repr({5, 3, 17, 1, 33, 9})\nt = repr(set(range(20, 0, -3)))\n")
        _ = vm
        XCTAssertEqual(ns.getStr("s")?.stringValue, "{1, 33, 3, 5, 9, 17}")
        XCTAssertEqual(ns.getStr("t")?.stringValue, "{2, 5, 8, 11, 14, 17, 20}")
    }

    func testBigIntegersPromoteAndDemote() throws {
        let (_, ns) = try run("a = 2**100\nb = a // 2**98\nc = 9223372036854775807 + 1\n")
        XCTAssertEqual(ns.getStr("b")?.intValue, 4)
        if case .object(let o) = ns.getStr("c") ?? .none { XCTAssertTrue(o is PyBigInt) } else { XCTFail() }
    }

    func testStepLimitEndsRun() {
        var limits = Limits()
        limits.steps = 10_000
        XCTAssertThrowsError(try run("while True:\n    pass\n", limits: limits)) { e in
            XCTAssertEqual((e as? LimitExceeded)?.name, "steps")
        }
    }

    func testOutputLimitKeepsPrefix() {
        var limits = Limits()
        limits.outputBytes = 10
        let vm = Interpreter(limits: limits)
        XCTAssertThrowsError(try vm.write("0123456789abc"))
        XCTAssertEqual(vm.output, "0123456789")
    }

    func testArgumentErrorsUseCPythonWording() throws {
        let (_, ns) = try run("""
            def f(a, b, *, c): pass
            msgs = []
            for call in (lambda: f(1), lambda: f(1, 2, 3, c=1), lambda: f(1, 2), lambda: f(1, 2, c=3, d=4)):
                try:
                    call()
                except TypeError as e:
                    msgs.append(str(e))
            """)
        guard case .object(let o) = ns.getStr("msgs"), let l = o as? PyList else { return XCTFail() }
        XCTAssertEqual(l.items.compactMap { $0.stringValue }, [
            "f() missing 1 required positional argument: 'b'",
            "f() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given",
            "f() missing 1 required keyword-only argument: 'c'",
            "f() got an unexpected keyword argument 'd'",
        ])
    }
}

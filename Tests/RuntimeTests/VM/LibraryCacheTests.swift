import Foundation
import XCTest
@testable import Runtime

/// The compiled embedded library is shared by every interpreter of the
/// process; module state and object identities must still be per run.
final class LibraryCacheTests: XCTestCase {
    /// An asyncio program that also mutates module state of the library and
    /// asks for identities of library constants.
    private let program = """
    import asyncio
    import asyncio.tasks as tasks

    print(hasattr(asyncio, "marker_from_previous_run"))
    asyncio.marker_from_previous_run = True

    async def worker(name, n):
        for i in range(n):
            await asyncio.sleep(0)
            print(name, i)
        return name * n

    async def main():
        done, pending = await asyncio.wait([asyncio.create_task(worker(c, 2)) for c in "ab"])
        print(sorted(t.result() for t in done), len(pending))
        print(await asyncio.gather(worker("x", 1), worker("y", 2)))
        print(hex(id(asyncio.sleep.__code__)) == hex(id(asyncio.sleep.__code__)))
        print(tasks.Task.__name__, sorted({object(), object()}, key=id) is not None)

    asyncio.run(main())
    """

    private func stdout() -> String {
        var limits = RunLimits.defaults
        limits.wallMillis = 120_000
        switch ScenarioRunner.run(Scenario(source: program, filename: "cache.py", limits: limits)) {
        case .success(let trace): return "\(trace.status.rawValue)\n\(trace.stdout)"
        case .failure(let failure): return "compile failure: \(failure.message)"
        }
    }

    func testSequentialRunsPrintTheSameAndDoNotShareModuleState() {
        let first = stdout()
        XCTAssertTrue(first.contains("False\n"), first)
        XCTAssertTrue(first.contains("['aa', 'bb'] 0"), first)
        XCTAssertTrue(first.contains("['x', 'yy']"), first)
        for _ in 0..<5 { XCTAssertEqual(stdout(), first) }
    }

    func testConcurrentRunsPrintTheSameAsSequentialRuns() {
        let expected = stdout()
        let threads = 4, runsPerThread = 5
        let results = Results()
        let group = DispatchGroup()
        for _ in 0..<threads {
            group.enter()
            let thread = Thread {
                for _ in 0..<runsPerThread { results.append(self.stdout()) }
                group.leave()
            }
            thread.stackSize = 64 << 20
            thread.start()
        }
        group.wait()
        let got = results.all
        XCTAssertEqual(got.count, threads * runsPerThread)
        for out in got { XCTAssertEqual(out, expected) }
    }

    func testLibraryCodeIsCompiledOncePerProcess() throws {
        let vm1 = Interpreter()
        let vm2 = Interpreter()
        let m1 = try vm1.importModule("bisect")
        let m2 = try vm2.importModule("bisect")
        XCTAssertFalse(m1 === m2, "each interpreter gets its own module object")
        guard case .object(let f1)? = m1.namespace.getStr("insort_left"), let fn1 = f1 as? PyFunction,
              case .object(let f2)? = m2.namespace.getStr("insort_left"), let fn2 = f2 as? PyFunction else {
            return XCTFail("bisect.insort_left is not a function")
        }
        XCTAssertFalse(fn1 === fn2, "functions are created per run")
        XCTAssertTrue(fn1.code === fn2.code, "code is shared")
        XCTAssertNotEqual(fn1.code.names.first?.identitySerial ?? 0, 0, "shared constants have a fixed identity")
    }
}

private final class Results: @unchecked Sendable {
    private var values: [String] = []
    private let lock = NSLock()
    func append(_ v: String) { lock.lock(); defer { lock.unlock() }; values.append(v) }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return values }
}

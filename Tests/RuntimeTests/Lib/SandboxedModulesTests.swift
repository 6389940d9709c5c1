import XCTest
@testable import Runtime

/// Modules that stand for host facilities the playground lacks (Lib/README.md
/// "Host-bound modules"): importing them works, and each operation that
/// would need the host raises PermissionError saying it needs something the
/// sandbox does not have and what to do instead. CPython would run these
/// operations, so these cases cannot be LibPrograms with oracle output.
final class SandboxedModulesTests: XCTestCase {
    private func run(_ source: String) -> Trace {
        guard case .success(let trace) = ScenarioRunner.run(Scenario(source: source, recordEvents: false)) else {
            XCTFail("did not compile")
            return Trace()
        }
        XCTAssertEqual(trace.status, .completed, trace.diagnostics)
        return trace
    }

    /// Runs each call in `calls` (Python expressions, one a line) and
    /// prints the exception it raised: type, errno, and the message's
    /// start and its actionable tail.
    private func refusals(_ imports: String, _ calls: [String]) -> [String] {
        let body = calls.map { "attempt(lambda: \($0), \($0.debugDescription))" }.joined(separator: "\n")
        let trace = run("""
        \(imports)
        def attempt(fn, text):
            try:
                fn()
                print(text, "returned")
            except PermissionError as e:
                print(text, "->", type(e).__name__, e.errno, isinstance(e, OSError), e.strerror)
        \(body)
        """)
        return trace.stdout.split(separator: "\n").map(String.init)
    }

    func testSubprocessRefusesToStartProcesses() {
        let lines = refusals("import subprocess", [
            "subprocess.run(['ls', '-l'], capture_output=True)",
            "subprocess.check_output('echo hi', shell=True)",
            "subprocess.call(['true'])",
            "subprocess.Popen(['sleep', '1'])",
            "subprocess.getoutput('date')",
        ])
        XCTAssertEqual(lines.count, 5, lines.joined(separator: "\n"))
        for (line, call) in zip(lines, ["run", "check_output", "call", "Popen", "getoutput"]) {
            XCTAssertTrue(line.contains("-> PermissionError 1 True Operation not permitted: subprocess.\(call)() needs a new process, which the Interleave playground (a sandbox) does not have; call the code you wanted to run directly"), line)
        }
    }

    func testAsyncioSubprocessesRaiseTheSameError() {
        let trace = run("""
        import asyncio
        async def main():
            for make in (lambda: asyncio.create_subprocess_exec('ls', '-l'),
                         lambda: asyncio.create_subprocess_shell('ls')):
                try:
                    await make()
                except PermissionError as e:
                    print(type(e).__name__, e.strerror)
        asyncio.run(main())
        """)
        XCTAssertEqual(trace.stdout, """
        PermissionError Operation not permitted: asyncio.create_subprocess_exec() needs a new process, which the Interleave playground (a sandbox) does not have; await the coroutine you wanted to run directly instead
        PermissionError Operation not permitted: asyncio.create_subprocess_shell() needs a new process, which the Interleave playground (a sandbox) does not have; await the coroutine you wanted to run directly instead

        """)
    }

    func testMultiprocessingImportsButRefusesProcesses() {
        let lines = refusals("import multiprocessing", [
            "multiprocessing.Process(target=print).start()",
            "multiprocessing.Pool(4)",
            "multiprocessing.Queue()",
            "multiprocessing.Manager()",
        ])
        XCTAssertEqual(lines.count, 4, lines.joined(separator: "\n"))
        for line in lines {
            XCTAssertTrue(line.contains("-> PermissionError 1 True Operation not permitted: multiprocessing."), line)
            XCTAssertTrue(line.hasSuffix("needs other processes, which the Interleave playground (a sandbox) does not have; use threading, asyncio or concurrent.futures for concurrency"), line)
        }
        // What does not need a process works.
        let trace = run("""
        import multiprocessing
        print(multiprocessing.cpu_count(), multiprocessing.current_process().name, multiprocessing.active_children())
        """)
        XCTAssertEqual(trace.stdout, "1 MainProcess []\n")
    }

    func testSslSelectAndSelectorsNeedTheHost() {
        let lines = refusals("import ssl, select, selectors, socket", [
            "ssl.create_default_context().wrap_socket(None)",
            "ssl.get_server_certificate(('example.com', 443))",
            "select.select([3], [], [], 0)",
            "select.epoll()",
            "selectors.DefaultSelector().register(3, selectors.EVENT_READ) and selectors.DefaultSelector().select(0)",
        ])
        XCTAssertEqual(lines.count, 5, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[0].contains("ssl.SSLContext.wrap_socket() needs a network for TLS"), lines[0])
        XCTAssertTrue(lines[1].contains("ssl.get_server_certificate() needs a network for TLS"), lines[1])
        XCTAssertTrue(lines[2].contains("select.select() needs file descriptors"), lines[2])
        XCTAssertTrue(lines[3].contains("select.epoll() needs file descriptors"), lines[3])
        // register is bookkeeping; it is select() with a registration that refuses.
        XCTAssertTrue(lines[4].hasSuffix("returned"), lines[4])
        let trace = run("""
        import selectors
        sel = selectors.DefaultSelector()
        sel.register(3, selectors.EVENT_READ)
        try:
            sel.select(1)
        except PermissionError as e:
            print(e.strerror.split(';')[0])
        """)
        XCTAssertEqual(trace.stdout, "Operation not permitted: selectors.EpollSelector.select() needs file descriptors, which the Interleave playground (a sandbox) does not have\n")
    }

    func testDisAndProfileSayWhatTheyCannotDo() {
        let trace = run("""
        import dis, cProfile, pstats
        try:
            dis.dis(lambda: 1)
        except NotImplementedError as e:
            print(e)
        def work():
            print("work ran")
            return 7
        p = cProfile.Profile()
        print(p.runcall(work))
        cProfile.run("print('statement ran')")
        pstats.Stats(p).strip_dirs().sort_stats(pstats.SortKey.CUMULATIVE).print_stats(5)
        """)
        XCTAssertEqual(trace.stdout, """
        dis.dis() is not available in the Interleave playground: its VM runs its own instructions, not CPython's bytecode
        work ran
        7
        statement ran

        """)
        XCTAssertTrue(trace.diagnostics.contains("profiling is not available in the Interleave playground"), trace.diagnostics)
    }

    func testTracemallocReportsTheHeapMetersGrowth() {
        // The figures are the playground's own (the run's heap meter), so
        // only their relations are asserted: growth while a big list is
        // alive, a peak at least as large, and less after it is freed.
        let trace = run("""
        import tracemalloc
        print(tracemalloc.get_traced_memory())
        tracemalloc.start()
        data = [str(i) * 10 for i in range(20000)]
        current, peak = tracemalloc.get_traced_memory()
        print(current > 400000, peak >= current)
        del data
        after, peak2 = tracemalloc.get_traced_memory()
        print(after < current, peak2 >= current)
        tracemalloc.reset_peak()
        print(tracemalloc.get_traced_memory()[1] < current)
        print(tracemalloc.take_snapshot().statistics('lineno'))
        tracemalloc.stop()
        print(tracemalloc.get_traced_memory(), tracemalloc.is_tracing())
        """)
        XCTAssertEqual(trace.stdout, """
        (0, 0)
        True True
        True True
        True
        []
        (0, 0) False

        """)
    }

    func testSelectorEventLoopAcceptsAnExplicitSelector() {
        // Cross-platform tutorials build the loop from a selector; the
        // virtual loop keeps it and runs as usual. (The oracle's patched
        // loop cannot run this: it only virtualizes the default selector.)
        let trace = run("""
        import asyncio, selectors
        selector = selectors.SelectSelector()
        loop = asyncio.SelectorEventLoop(selector)
        asyncio.set_event_loop(loop)
        async def tick(n):
            await asyncio.sleep(n)
            return n
        print(loop.run_until_complete(asyncio.gather(tick(0.2), tick(0.1))), loop.time(), loop._selector is selector)
        loop.close()
        """)
        XCTAssertEqual(trace.stdout, "[0.2, 0.1] 0.2 True\n")
    }
}

import XCTest
@testable import Runtime

/// The native coroutines of Sources/Runtime/Asyncio (sleep, gather,
/// create_task, Queue, Event, Lock, Semaphore, Condition, TaskGroup): what
/// they are to Python, that they print what the Python versions print (a
/// traced run uses the Python versions), and that calling them does not
/// grow the classes' lookup caches.
final class NativeCoroutineTests: XCTestCase {
    /// A program over every native path, with waits, hand-overs and
    /// cancellations.
    static let workout = """
    import asyncio

    async def producer(q, n):
        for i in range(n):
            await q.put(i)
        await q.put(None)

    async def consumer(q, out):
        while (item := await q.get()) is not None:
            out.append(item)
            await asyncio.sleep(0)

    async def main():
        q = asyncio.Queue(maxsize=2)
        out = []
        await asyncio.gather(producer(q, 6), consumer(q, out))
        lock, sem, ev, cond = asyncio.Lock(), asyncio.Semaphore(2), asyncio.Event(), asyncio.Condition()
        log = []

        async def locker(n):
            async with lock:
                log.append(n)
                await asyncio.sleep(0.1)
            async with sem:
                await ev.wait()
            async with cond:
                await cond.wait_for(lambda: len(log) >= 3)
                cond.notify_all()

        tasks = [asyncio.create_task(locker(n), name=f'w{n}') for n in range(3)]
        await asyncio.sleep(1)
        ev.set()
        async with cond:
            cond.notify_all()
        await asyncio.gather(*tasks)
        victim = asyncio.create_task(q.get())
        await asyncio.sleep(0)
        victim.cancel()
        res = await asyncio.gather(victim, asyncio.sleep(0.5, 'slept'), return_exceptions=True)
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(asyncio.sleep(1))
                tg.create_task(q.get())
                raise KeyError('body')
        except BaseExceptionGroup as eg:
            print(type(eg).__name__, [repr(e) for e in eg.exceptions])
        print(out, log, [type(r).__name__ for r in res], [t.get_name() for t in tasks])
        print(asyncio.get_running_loop().time())

    asyncio.run(main())

    """

    private func run(_ source: String, traced: Bool) throws -> Trace {
        var scenario = Scenario(source: source, filename: "prog.py")
        scenario.recordEvents = traced
        guard case .success(let trace) = ScenarioRunner.run(scenario) else {
            throw XCTSkip("does not compile")
        }
        return trace
    }

    func testNativeAndPythonVersionsPrintTheSame() throws {
        let native = try run(Self.workout, traced: false)
        let python = try run(Self.workout, traced: true)
        XCTAssertEqual(native.status, .completed, String(describing: native.error))
        XCTAssertEqual(native.stdout, python.stdout)
        XCTAssertEqual(native.stdout, """
        ExceptionGroup ["KeyError('body')"]
        [0, 1, 2, 3, 4, 5] [0, 1, 2] ['CancelledError', 'str'] ['w0', 'w1', 'w2']
        1.5

        """)
    }

    func testNativeCoroutinesLookLikeCoroutines() throws {
        let source = """
        import asyncio, inspect, types
        async def main():
            q, lock = asyncio.Queue(), asyncio.Lock()
            coros = [asyncio.sleep(0), q.get(), lock.acquire(), asyncio.Event().wait()]
            for c in coros:
                print(type(c).__name__, c.__qualname__, isinstance(c, types.CoroutineType),
                      asyncio.iscoroutine(c), inspect.isawaitable(c))
                c.close()
            c = asyncio.sleep(0, 'r')
            print(c.send(None), end=' ')
            try:
                c.send(None)
            except StopIteration as e:
                print('StopIteration', e.value)
            try:
                c.send(None)
            except RuntimeError as e:
                print(e)
            c = asyncio.sleep(0)
            c.send(None)
            try:
                c.throw(KeyError('k'))
            except KeyError as e:
                print('KeyError', e)
            try:
                iter(asyncio.sleep(0))
            except TypeError as e:
                print(e)
        asyncio.run(main())

        """
        let trace = try run(source, traced: false)
        XCTAssertEqual(trace.stdout, """
        coroutine sleep True True True
        coroutine Queue.get True True True
        coroutine Lock.acquire True True True
        coroutine Event.wait True True True
        None StopIteration r
        cannot reuse already awaited coroutine
        KeyError 'k'
        'coroutine' object is not iterable

        """)
    }

    /// Native code looks attributes up with interned names: a name made per
    /// call would add an entry to the class's lookup cache every time.
    func testRepeatedCallsDoNotGrowLookupCaches() throws {
        func cacheSizes(rounds: Int) throws -> [Int] {
            let source = """
            import asyncio
            async def main():
                lock, cond, q = asyncio.Lock(), asyncio.Condition(), asyncio.Queue()
                for i in range(\(rounds)):
                    async with lock:
                        await asyncio.sleep(0)
                    async with cond:
                        cond.notify()
                    await q.put(i)
                    await q.get()
            asyncio.run(main())

            """
            var vm: Interpreter?
            let outcome = ProgramRunner.run(source: source, filename: "prog.py") { vm = $0 }
            XCTAssertEqual(outcome.status, .completed, outcome.errorText ?? "")
            let locks = try XCTUnwrap(vm?.modules["asyncio.locks"]?.dict)
            let queues = try XCTUnwrap(vm?.modules["asyncio.queues"]?.dict)
            return try [("Lock", locks), ("Condition", locks), ("Queue", queues)].map { name, dict in
                try XCTUnwrap(dict.getStr(name)?.object as? PyType).lookupCacheSize
            }
        }
        XCTAssertEqual(try cacheSizes(rounds: 50), try cacheSizes(rounds: 500))
    }
}

/// Programs for the precision and soundness of the reduction's dependency
/// relation (asyncio's commuting done callbacks, `loop.stop()`, future and
/// task state read natively). Each outcome set is stated from reasoning.
enum CommutingPrograms {
    /// Three tasks do read-yield-write on a counter under a TaskGroup: the
    /// same races as `RacyPrograms.counter(tasks: 3)`, so outcomes 1, 2, 3,
    /// and the group's done callbacks commute like gather's.
    static let taskGroupCounter = """
    import asyncio

    counter = 0

    async def worker():
        global counter
        value = counter
        await asyncio.sleep(0)
        counter = value + 1

    async def main():
        async with asyncio.TaskGroup() as tg:
            for _ in range(3):
                tg.create_task(worker())
        print(counter)

    asyncio.run(main())

    """

    /// The same three workers awaited with `asyncio.wait` (ALL_COMPLETED):
    /// all three are done, the counter is 1, 2 or 3.
    static let waitAllCounter = """
    import asyncio

    counter = 0

    async def worker():
        global counter
        value = counter
        await asyncio.sleep(0)
        counter = value + 1

    async def main():
        tasks = [asyncio.ensure_future(worker()) for _ in range(3)]
        done, pending = await asyncio.wait(tasks)
        print(len(done), counter)

    asyncio.run(main())

    """

    /// Two children of a gather both fail: the gather takes the exception
    /// of the child whose done callback runs first, and either child can
    /// finish first. So ValueError or KeyError: these callbacks do not
    /// commute and both orders must be tried.
    static let gatherTwoFailures = """
    import asyncio

    async def a():
        await asyncio.sleep(0)
        raise ValueError("a")

    async def b():
        await asyncio.sleep(0)
        raise KeyError("b")

    async def main():
        try:
            await asyncio.gather(a(), b())
        except Exception as e:
            print(type(e).__name__)

    asyncio.run(main())

    """

    /// A background task is still running when main returns: if the loop
    /// stops (main's done callback) before the task's second step, asyncio.run
    /// cancels it and nothing is printed; otherwise it prints "bg". The stop
    /// and the task's step touch no common variable: only the loop's
    /// running state orders them.
    static let cutOffAtShutdown = """
    import asyncio

    async def bg():
        await asyncio.sleep(0)
        print("bg")

    async def main():
        global task
        task = asyncio.ensure_future(bg())
        await asyncio.sleep(0)

    asyncio.run(main())

    """

    /// One task renames main's task while another prints its name: the
    /// name lives in the native task, read and written without any
    /// attribute opcode. "orig" or "renamed".
    static let renamedTask = """
    import asyncio

    async def rename(t):
        await asyncio.sleep(0)
        t.set_name("renamed")

    async def show(t):
        await asyncio.sleep(0)
        print(t.get_name())

    async def main():
        me = asyncio.current_task()
        me.set_name("orig")
        await asyncio.gather(rename(me), show(me))

    asyncio.run(main())

    """

    /// `asyncio.wait` with FIRST_COMPLETED: `quick` returns in its first
    /// step, `chatty` prints in its first step. If quick's step and its
    /// done callback run before chatty's step, the callback wakes main,
    /// which can print before chatty does; otherwise chatty prints first.
    /// So "chatty" and "main" in either order. Which callback wakes main
    /// depends on their order, so they must not be taken to commute.
    static let waitFirstCompleted = """
    import asyncio

    async def chatty():
        print("chatty")

    async def quick():
        return 1

    async def main():
        tasks = [asyncio.ensure_future(chatty()), asyncio.ensure_future(quick())]
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        print("main")
        await asyncio.wait(tasks)

    asyncio.run(main())

    """

    /// Programs whose outcome sets the tests take from the plain search
    /// (every schedule), to compare the reduced search against: callbacks
    /// of gathers with mixed results and of nested gathers, TaskGroup and
    /// wait with a failing child, two background tasks cut off at
    /// shutdown, an Event, and timers due at the same time as a callback.
    static let againstPlainSearch: [(name: String, source: String)] = [
        ("gather with return_exceptions", """
        import asyncio
        log = []
        async def ok(n):
            await asyncio.sleep(0)
            log.append(n)
            return n
        async def bad():
            await asyncio.sleep(0)
            log.append("bad")
            raise ValueError("x")
        async def main():
            r = await asyncio.gather(ok(1), bad(), ok(2), return_exceptions=True)
            print([type(x).__name__ if isinstance(x, Exception) else x for x in r], log)
        asyncio.run(main())

        """),
        ("nested gathers", """
        import asyncio
        c = 0
        async def w():
            global c
            v = c
            await asyncio.sleep(0)
            c = v + 1
        async def main():
            await asyncio.gather(asyncio.gather(w(), w()), w())
            print(c)
        asyncio.run(main())

        """),
        ("wait FIRST_EXCEPTION", """
        import asyncio
        log = []
        async def ok():
            await asyncio.sleep(0)
            log.append("ok")
        async def bad():
            await asyncio.sleep(0)
            log.append("bad")
            raise ValueError
        async def main():
            ts = [asyncio.ensure_future(ok()), asyncio.ensure_future(bad())]
            done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
            print(len(done), len(pending), list(log))
            await asyncio.wait(ts)
        asyncio.run(main())

        """),
        ("TaskGroup with a failing child", """
        import asyncio
        log = []
        async def ok(n):
            await asyncio.sleep(0)
            log.append(n)
        async def bad():
            await asyncio.sleep(0)
            raise ValueError
        async def main():
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(ok(1))
                    tg.create_task(bad())
                    tg.create_task(ok(2))
            except* ValueError:
                print("failed", log)
        asyncio.run(main())

        """),
        ("two tasks cut off at shutdown", """
        import asyncio
        async def bg(n):
            await asyncio.sleep(0)
            print("bg", n)
            await asyncio.sleep(0)
            print("bg2", n)
        async def main():
            global ts
            ts = [asyncio.ensure_future(bg(i)) for i in range(2)]
            await asyncio.sleep(0)
            print("main done")
        asyncio.run(main())

        """),
        ("event", """
        import asyncio
        async def waiter(e, log, n):
            await e.wait()
            log.append(n)
        async def main():
            e = asyncio.Event()
            log = []
            ts = [asyncio.ensure_future(waiter(e, log, i)) for i in range(2)]
            await asyncio.sleep(0)
            e.set()
            await asyncio.gather(*ts)
            print(log)
        asyncio.run(main())

        """),
        ("timers and callbacks", """
        import asyncio
        log = []
        async def a():
            await asyncio.sleep(0.1)
            log.append("a")
            await asyncio.sleep(0)
            log.append("a2")
        async def main():
            loop = asyncio.get_running_loop()
            loop.call_later(0.1, log.append, "cb")
            loop.call_soon(log.append, "soon")
            await asyncio.gather(a(), asyncio.sleep(0.1))
            print(log)
        asyncio.run(main())

        """),
    ]
}

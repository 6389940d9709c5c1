import asyncio, time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what, time.strftime('%X'))
    return what.upper()

async def worker(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(item / 10)
        results.append((name, item))
        q.task_done()

async def slow(n):
    await asyncio.sleep(n)
    return n

async def failing(n, exc):
    await asyncio.sleep(n)
    raise exc

async def main():
    print(f"started at {time.strftime('%X')}")
    t1 = asyncio.create_task(say_after(1, "hello"), name="t1")
    t2 = asyncio.create_task(say_after(2, "world"))
    print(await t1, await t2, t1.get_name())
    print(await asyncio.gather(slow(0.3), slow(0.1), asyncio.sleep(0.2, result="s")))
    res = await asyncio.gather(failing(0.1, ValueError("x")), slow(0.2), return_exceptions=True)
    print(res)
    try:
        await asyncio.wait_for(slow(5), timeout=0.5)
    except asyncio.TimeoutError:
        print("wait_for timed out", asyncio.get_running_loop().time())
    print(await asyncio.wait_for(slow(0.1), 1))
    try:
        async with asyncio.timeout(0.25):
            await slow(1)
    except TimeoutError as e:
        print("timeout() expired", type(e).__name__)
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 10)
        await slow(0.01)
        print("timeout not expired", cm.expired())
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            print("in", i, round(asyncio.get_running_loop().time(), 2))
            await asyncio.sleep(0.5)
    await asyncio.gather(*(limited(i) for i in range(5)))
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("event seen by", i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    cond = asyncio.Condition()
    items = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", i, "got", items.pop())
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for v in "ab":
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    q = asyncio.Queue()
    for i in [3, 1, 2, 5, 4]:
        q.put_nowait(i)
    results = []
    tasks = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    await q.join()
    for t in tasks:
        t.cancel()
    print(await asyncio.gather(*tasks, return_exceptions=True))
    print(results, q.empty(), q.qsize())
    for coro in asyncio.as_completed([slow(0.3), slow(0.1), slow(0.2)]):
        print("as_completed", await coro)
    inner = asyncio.create_task(slow(0.5))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.1)
    except asyncio.TimeoutError:
        print("shield timed out, inner cancelled?", inner.cancelled())
    print("inner result", await inner)
    done, pending = await asyncio.wait([asyncio.create_task(slow(x)) for x in (0.1, 0.4)], timeout=0.2)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    done, pending = await asyncio.wait([asyncio.create_task(slow(0.1)), asyncio.create_task(failing(0.05, KeyError("k")))], return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(type(t.exception()).__name__ for t in done), len(pending))
    await asyncio.gather(*pending)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(0.1))
            tg.create_task(failing(0.2, ValueError("v1")))
            tg.create_task(failing(0.2, TypeError("t1")))
            tg.create_task(slow(1))
    except* ValueError as eg:
        print("ValueError group", eg.exceptions)
    except* TypeError as eg:
        print("TypeError group", eg.exceptions, repr(eg))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(slow(0.2))
        b = tg.create_task(slow(0.1))
    print("taskgroup results", a.result(), b.result())
    try:
        raise ExceptionGroup("many", [ValueError(1), KeyError(2), ValueError(3)])
    except* ValueError as g:
        print("split", g.exceptions, g.message)
    except* KeyError as g:
        print("split", g.exceptions)
    eg = ExceptionGroup("e", [ValueError("a"), ExceptionGroup("n", [TypeError("b")])])
    match, rest = eg.split(TypeError)
    print(repr(match), repr(rest), eg.subgroup(lambda e: isinstance(e, ValueError)))
    t = asyncio.create_task(slow(10))
    await asyncio.sleep(0)
    t.cancel("because")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args, t.cancelled())
    print("loop time", asyncio.get_running_loop().time(), f"finished at {time.strftime('%X')}")

asyncio.run(main())

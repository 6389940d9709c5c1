import asyncio
import random
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")

async def fetch(url, delay):
    request_id.set(url)
    await asyncio.sleep(delay)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return f"<{url}:{request_id.get()}>"

async def retry(coro_fn, *args, attempts=3, backoff=0.5):
    for attempt in range(1, attempts + 1):
        try:
            return await coro_fn(*args)
        except ConnectionError as e:
            print(f"attempt {attempt} failed: {e}")
            if attempt == attempts:
                raise
            await asyncio.sleep(backoff * 2 ** (attempt - 1))

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"put {i} size={q.qsize()} t={asyncio.get_running_loop().time():.1f}")
    await q.put(None)

async def consumer(q):
    while (item := await q.get()) is not None:
        await asyncio.sleep(0.3)
        print(f"got {item}")
        q.task_done()
    q.task_done()

async def ticker(stop):
    n = 0
    while not stop.is_set():
        n += 1
        try:
            await asyncio.wait_for(stop.wait(), 0.25)
        except asyncio.TimeoutError:
            pass
    return n

async def cancellable():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cleanup after cancel")
        await asyncio.sleep(0.1)
        print("cleanup done")
        raise
    finally:
        print("finally runs")

async def main():
    print(await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1)))
    print("ctx outside", request_id.get())
    try:
        await retry(fetch, "bad-host", 0.1)
    except ConnectionError as e:
        print("gave up:", e, asyncio.get_running_loop().time())
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 4), consumer(q))
    stop = asyncio.Event()
    t = asyncio.create_task(ticker(stop))
    await asyncio.sleep(1)
    stop.set()
    print("ticks", await t)
    c = asyncio.create_task(cancellable())
    await asyncio.sleep(0.1)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("task cancelled:", c.cancelled(), c.done())
    pq = asyncio.PriorityQueue()
    for p, name in [(3, "low"), (1, "high"), (2, "mid")]:
        pq.put_nowait((p, name))
    print([pq.get_nowait()[1] for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    try:
        asyncio.Queue(maxsize=1).get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(maxsize=1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", full.full())
    lock = asyncio.Lock()
    order = []
    async def locked(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0.01)
    await asyncio.gather(*(locked(i) for i in range(4)))
    print(order, lock.locked())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "later")
    loop.call_soon(print, "soon")
    print(await fut)
    h = loop.call_later(1, print, "never")
    h.cancel()
    print(h.cancelled())
    async def gen():
        for i in range(3):
            await asyncio.sleep(0.1)
            yield i
    print([x async for x in gen()])
    results = await asyncio.gather(*(asyncio.wait_for(fetch(f"u{i}", i * 0.3), 0.5) for i in range(3)), return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(f"done at {loop.time():.2f}")
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name())

random.seed(1)
asyncio.run(main())

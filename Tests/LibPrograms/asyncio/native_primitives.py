# The native coroutines of sleep, Queue.get/put, Event, Lock and `async
# with` (Sources/Runtime/Asyncio) against CPython: results, arguments,
# cancellation at every wait, subclasses that override helpers, reuse and
# close of the coroutine objects, and the waiter lists they leave behind.
import asyncio


async def sleeps():
    print(await asyncio.sleep(0), await asyncio.sleep(0, 'r0'), await asyncio.sleep(0.5, result='r1'))
    print(await asyncio.sleep(delay=0.25, result=3), await asyncio.sleep(-1, 'neg'))
    print(await asyncio.sleep(True, 'bool'), asyncio.get_running_loop().time())
    coro = asyncio.sleep(1)
    print(asyncio.iscoroutine(coro), coro.__name__, coro.__qualname__)
    task = asyncio.create_task(asyncio.sleep(2, result='t'))
    print(await task, asyncio.get_running_loop().time())
    try:
        await asyncio.sleep('x')
    except TypeError as e:
        print('TypeError', e)
    try:
        asyncio.sleep()
    except TypeError as e:
        print('TypeError', e)
    c = asyncio.sleep(0, 5)
    await c
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError', e)
    c = asyncio.sleep(3)
    c.close()
    unstarted = asyncio.sleep(0)
    try:
        unstarted.send(1)
    except TypeError as e:
        print('TypeError', e)
    unstarted.close()
    # A cancelled timed sleep cancels its timer.
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    before = len(loop._scheduled)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('sleep cancelled', t.cancelled(), before, loop._timer_cancelled_count)
    # wait_for over a sleep: timeout and success.
    try:
        await asyncio.wait_for(asyncio.sleep(5), 1)
    except asyncio.TimeoutError:
        print('timeout', loop.time())
    print(await asyncio.wait_for(asyncio.sleep(0.5, 'ok'), 1))


class LoggingQueue(asyncio.Queue):
    def _put(self, item):
        print('put', item)
        super()._put(item)


async def queues():
    q = asyncio.Queue(maxsize=1)
    order = []

    async def producer():
        for i in range(4):
            await q.put(i)
            order.append(('put', i, q.qsize()))

    async def consumer():
        for _ in range(4):
            item = await q.get()
            order.append(('got', item))
            await asyncio.sleep(0)

    await asyncio.gather(producer(), consumer())
    print(order)
    print(q.empty(), q.full(), q._unfinished_tasks, q._finished.is_set())
    # Cancelled getters and putters leave the waiter lists clean.
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(len(q._getters), repr(q).split(' at ')[0])
    g.cancel()
    await asyncio.sleep(0)
    print(g.cancelled(), len(q._getters))
    q.put_nowait('a')
    p = asyncio.create_task(q.put('b'))
    await asyncio.sleep(0)
    print(len(q._putters))
    p.cancel()
    await asyncio.sleep(0)
    print(p.cancelled(), len(q._putters), q.get_nowait())
    # A getter woken and cancelled in the same pass hands the item on.
    q2 = asyncio.Queue()
    g1 = asyncio.create_task(q2.get())
    g2 = asyncio.create_task(q2.get())
    await asyncio.sleep(0)
    q2.put_nowait('x')
    g1.cancel()
    print(await g2, g1.cancelled())
    # Subclasses: overridden helpers, PriorityQueue, LifoQueue.
    lq = LoggingQueue()
    await lq.put(1)
    print(await lq.get())
    pq = asyncio.PriorityQueue()
    for v in (3, 1, 2):
        await pq.put(v)
    print([await pq.get() for _ in range(3)])
    fq = asyncio.LifoQueue()
    for v in 'abc':
        await fq.put(v)
    print([await fq.get() for _ in range(3)])
    # join/task_done and a timeout on get.
    jq = asyncio.Queue()
    await jq.put(1)

    async def finish():
        await asyncio.sleep(1)
        jq.get_nowait()
        jq.task_done()
    asyncio.create_task(finish())
    await jq.join()
    print('joined', asyncio.get_running_loop().time())
    try:
        await asyncio.wait_for(jq.get(), 0.5)
    except asyncio.TimeoutError:
        print('get timed out', len(jq._getters))
    try:
        q.get(1)
    except TypeError as e:
        print('TypeError', e)
    print(asyncio.iscoroutine(q.get()), type(asyncio.Queue.get).__name__ in ('function', 'method_descriptor'))


async def locks():
    lock = asyncio.Lock()
    log = []

    async def holder(n):
        async with lock:
            log.append(('in', n))
            await asyncio.sleep(0)
            log.append(('out', n))

    await asyncio.gather(*(holder(n) for n in range(3)))
    print(log, lock.locked())
    # Cancel a waiter: the lock passes to the next one.
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(len(lock._waiters), repr(lock).split(' at ')[0])
    w1.cancel()
    lock.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(w1.cancelled(), w2.done(), lock.locked(), len(lock._waiters))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    # Woken then cancelled before it ran.
    await lock.acquire()
    w3 = asyncio.create_task(lock.acquire())
    w4 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    w3.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(w3.cancelled(), w4.done() and w4.result(), lock.locked())
    lock.release()
    # Exceptions through async with release the lock.
    try:
        async with lock:
            raise KeyError('k')
    except KeyError as e:
        print('KeyError', e, lock.locked())
    # Semaphore and Condition through the same __aenter__/__aexit__.
    sem = asyncio.Semaphore(2)
    inside = []

    async def limited(n):
        async with sem:
            inside.append(n)
            await asyncio.sleep(0.1)

    await asyncio.gather(*(limited(n) for n in range(5)))
    print(inside, sem._value, asyncio.get_running_loop().time())
    cond = asyncio.Condition()
    turn = [0]
    seen = []

    async def taker(n):
        async with cond:
            await cond.wait_for(lambda: turn[0] == n)
            seen.append(n)
            turn[0] += 1
            cond.notify_all()

    await asyncio.gather(*(taker(n) for n in (2, 0, 1)))
    print(seen, cond.locked())
    print(await lock.__aenter__(), lock.locked(), await lock.__aexit__(None, None, None), lock.locked())


async def events():
    ev = asyncio.Event()
    results = []

    async def waiter(n):
        results.append((n, await ev.wait()))

    tasks = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(len(ev._waiters), ev.is_set(), repr(ev).split(' at ')[0])
    ev.set()
    ev.clear()
    await asyncio.gather(*tasks)
    print(results, len(ev._waiters), ev.is_set())
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), len(ev._waiters))
    ev.set()
    print(await ev.wait(), ev.is_set())


async def main():
    await sleeps()
    await queues()
    await locks()
    await events()


asyncio.run(main())

# Bounded queues: blocked putters and getters, wake order, cancellation of a
# waiting getter/putter, LifoQueue/PriorityQueue with waiters, join().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(maxsize=2)
    log = []

    async def producer(name, items):
        for it in items:
            log.append(f'{name} put {it}?')
            await q.put(it)
            log.append(f'{name} put {it}!')

    async def consumer(name, n):
        for _ in range(n):
            it = await q.get()
            log.append(f'{name} got {it}')
            await asyncio.sleep(0)

    await asyncio.gather(producer('p1', 'abc'), producer('p2', 'xy'), consumer('c1', 3), consumer('c2', 2))
    for line in log:
        print(line)
    print('empty', q.empty(), 'full', q.full(), 'maxsize', q.maxsize)

    q2 = asyncio.Queue(1)
    q2.put_nowait('block')
    putter = asyncio.create_task(q2.put('waiting item'))
    await asyncio.sleep(0)
    putter.cancel()
    await asyncio.sleep(0)
    print('putter cancelled', putter.cancelled(), q2.qsize(), q2.get_nowait())

    q3 = asyncio.Queue()
    getters = [asyncio.create_task(q3.get()) for _ in range(3)]
    await asyncio.sleep(0)
    getters[0].cancel()
    q3.put_nowait(1)
    q3.put_nowait(2)
    await asyncio.sleep(0)
    print([g.cancelled() or g.result() for g in getters if g.done()])
    q3.put_nowait(3)
    print(await getters[2], q3.qsize())

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for i in (5, 1, 4, 1, 3):
        lq.put_nowait(i)
        pq.put_nowait((i, -i))
    print([lq.get_nowait() for _ in range(lq.qsize())])
    print([pq.get_nowait() for _ in range(pq.qsize())])
    pq.put_nowait((2, 'b'))
    pq.put_nowait((2, 'a'))
    print(await pq.get(), await pq.get())

    jq = asyncio.Queue()
    done_at = []

    async def worker(i):
        while True:
            item = await jq.get()
            await asyncio.sleep(item)
            jq.task_done()

    workers = [asyncio.create_task(worker(i)) for i in range(3)]
    for d in (1, 2, 3, 1, 1):
        await jq.put(d)

    async def joiner(name):
        await jq.join()
        done_at.append((name, loop.time()))

    await asyncio.gather(joiner('j1'), joiner('j2'))
    print(done_at, jq._unfinished_tasks)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(str(asyncio.Queue(3)))


asyncio.run(main())

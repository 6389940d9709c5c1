# wait_for(q.get(), t) racing a put_nowait at the same instant, and getters
# cancelled after being handed an item.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    results = []

    async def getter(name, timeout):
        try:
            item = await asyncio.wait_for(q.get(), timeout)
            results.append((name, item, loop.time()))
        except TimeoutError:
            results.append((name, 'timeout', loop.time()))

    g1 = asyncio.create_task(getter('g1', 1))
    g2 = asyncio.create_task(getter('g2', 2))
    loop.call_later(1, q.put_nowait, 'at 1')
    loop.call_later(2, q.put_nowait, 'at 2')
    await asyncio.gather(g1, g2)
    print(results, 'left in queue:', q.qsize())
    while not q.empty():
        q.get_nowait()

    results.clear()
    g3 = asyncio.create_task(getter('g3', 5))
    g4 = asyncio.create_task(getter('g4', 5))
    await asyncio.sleep(0)
    q.put_nowait('x')
    g3.cancel()
    await asyncio.gather(g3, g4, return_exceptions=True)
    print(results, g3.cancelled(), 'left:', q.qsize())

    full = asyncio.Queue(1)
    full.put_nowait('a')
    try:
        await asyncio.wait_for(full.put('b'), 1)
    except TimeoutError:
        print('put timed out', full.qsize(), len(full._putters))
    print(full.get_nowait(), full.empty())


asyncio.run(main())

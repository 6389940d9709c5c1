# wait_for with long timeouts that finish early leaves cancelled timers in
# the heap; past 100 timers with over half cancelled CPython compacts and
# re-heapifies, which changes the order of equal deadlines afterwards.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    order = []

    async def waiter(i):
        item = await asyncio.wait_for(q.get(), 100)
        await asyncio.sleep(5)
        order.append((i, item))

    tasks = [asyncio.create_task(waiter(i)) for i in range(120)]
    await asyncio.sleep(1)
    for i in range(120):
        q.put_nowait(i)
    await asyncio.sleep(1)
    print('scheduled timers after the gets:', len(loop._scheduled) > 0)
    await asyncio.gather(*tasks)
    print(order[:24])
    print(order[-12:], loop.time())

    fired = []
    handles = [loop.call_later(3, fired.append, i) for i in range(105)]
    for h in handles[::2]:
        h.cancel()
    for h in handles[1::4]:
        h.cancel()
    extra = [loop.call_later(3, fired.append, 'x%d' % i) for i in range(5)]
    await asyncio.sleep(4)
    print(fired)


asyncio.run(main())

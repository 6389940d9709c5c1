# A seeded simulation: many tasks, random sleeps, a bounded queue and a lock;
# the interleaving log must match CPython exactly (heap order everywhere).
import asyncio
import random

random.seed(2024)
log = []


async def producer(pid, q, n):
    for i in range(n):
        await asyncio.sleep(random.choice([0, 0.5, 1, 1, 2]))
        await q.put((pid, i))
        log.append(f'{asyncio.get_running_loop().time():5.1f} p{pid} put {i}')


async def consumer(cid, q, lock, totals):
    while True:
        pid, i = await q.get()
        async with lock:
            await asyncio.sleep(random.choice([0, 0.25, 0.5]))
            totals[cid] = totals.get(cid, 0) + 1
        log.append(f'{asyncio.get_running_loop().time():5.1f} c{cid} took p{pid}/{i}')
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=3)
    lock = asyncio.Lock()
    totals = {}
    consumers = [asyncio.create_task(consumer(c, q, lock, totals)) for c in range(3)]
    await asyncio.gather(*(producer(p, q, 6) for p in range(4)))
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print('\n'.join(log))
    print(sorted(totals.items()), asyncio.get_running_loop().time())


asyncio.run(main())

# Source: written for Interleave's corpus in the style of "gather with a concurrency limit" helpers (not from a public source)
# Adapted: nothing
import asyncio
import itertools


async def gather_limited(limit: int, *aws, return_exceptions=False):
    sem = asyncio.Semaphore(limit)

    async def run(aw):
        async with sem:
            return await aw

    return await asyncio.gather(*(run(a) for a in aws), return_exceptions=return_exceptions)


running = 0
peak = 0
counter = itertools.count(1)


async def task(i):
    global running, peak
    running += 1
    peak = max(peak, running)
    n = next(counter)
    await asyncio.sleep(0.1 * (i % 3 + 1))
    running -= 1
    if i == 7:
        raise RuntimeError("task 7 exploded")
    return (i, n)


async def main():
    res = await gather_limited(3, *(task(i) for i in range(10)), return_exceptions=True)
    for r in res:
        print(r)
    print("peak concurrency:", peak)
    try:
        await gather_limited(2, task(7), task(1))
    except RuntimeError as e:
        print("raised:", e)
    print(await asyncio.gather())
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())


asyncio.run(main())

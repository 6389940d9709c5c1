# Equal deadlines leave the timer heap in heapq order; cancelled timers and
# the compaction CPython does (>100 timers, >50% cancelled) reshape it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for n in (2, 4, 9, 16):
        fired = []
        for i in range(n):
            loop.call_later(1, fired.append, i)
        await asyncio.sleep(1.5)
        print(n, fired)

    fired = []
    handles = [loop.call_later(1, fired.append, i) for i in range(10)]
    for i in (0, 3, 4):
        handles[i].cancel()
    await asyncio.sleep(1.5)
    print('3 cancelled of 10:', fired)

    fired = []
    handles = [loop.call_later(1, fired.append, i) for i in range(150)]
    for i in range(0, 150, 3):
        handles[i].cancel()
    for i in range(1, 150, 3):
        if i % 2:
            handles[i].cancel()
    loop.call_soon(fired.append, 'soon')
    await asyncio.sleep(1.5)
    print('compacted heap:', fired[:20], len(fired))

    fired = []
    for i, d in enumerate([3, 1, 2, 1, 3, 2, 1]):
        loop.call_later(d, fired.append, (d, i))
    await asyncio.sleep(4)
    print('mixed:', fired)

    fired = []
    loop.call_later(1, fired.append, 'a')
    loop.call_later(1 + 1e-10, fired.append, 'within resolution')
    loop.call_later(1 + 1e-6, fired.append, 'later')
    loop.call_later(1, fired.append, 'b')
    await asyncio.sleep(0.9)
    print(fired)
    await asyncio.sleep(0.1)
    print(fired, loop.time())
    await asyncio.sleep(0.1)
    print(fired)


asyncio.run(main())

# 100 tasks contending for one lock, yielding while holding it.
import asyncio


async def main():
    lock = asyncio.Lock()
    counter = 0

    async def worker():
        nonlocal counter
        for _ in range(200):
            async with lock:
                value = counter
                await asyncio.sleep(0)
                counter = value + 1

    await asyncio.gather(*(worker() for _ in range(100)))
    print('counter', counter)


asyncio.run(main())

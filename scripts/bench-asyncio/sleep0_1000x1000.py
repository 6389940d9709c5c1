# 1 000 tasks, each yielding 1 000 times with sleep(0).
import asyncio


async def worker():
    for _ in range(1000):
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(worker() for _ in range(1000)))
    print('done at', asyncio.get_running_loop().time())


asyncio.run(main())

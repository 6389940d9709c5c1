# 10 000 timers with scattered and equal deadlines, plus 10 000 sleepers.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    for i in range(10000):
        loop.call_later((i * 7919) % 1000 / 10, fired.append, i)

    async def sleeper(i):
        await asyncio.sleep(i % 100)

    await asyncio.gather(*(sleeper(i) for i in range(10000)))
    await asyncio.sleep(100)
    print(len(fired), fired[:5], loop.time())


asyncio.run(main())

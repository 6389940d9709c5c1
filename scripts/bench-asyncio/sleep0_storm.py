# sleep(0) storm: a thousand tasks, each yielding to the loop six hundred
# times; the loop does nothing but switch between ready tasks.
import asyncio


async def worker(w, counts):
    for i in range(600):
        await asyncio.sleep(0)
        if i % 200 == 0:
            counts[w % 10] += 1


async def main():
    counts = [0] * 10
    await asyncio.gather(*(worker(w, counts) for w in range(1000)))
    print(counts, asyncio.get_running_loop().time())


asyncio.run(main())

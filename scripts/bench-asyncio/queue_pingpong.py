# Queue ping-pong: pairs of tasks pass messages back and forth through
# asyncio.Queue; one direction is bounded (maxsize=1) so put() blocks too.
import asyncio

PAIRS = 4
N = 42000


async def pair(k):
    to_pong = asyncio.Queue(maxsize=1)
    to_ping = asyncio.Queue()

    async def ping():
        acc = 0
        for i in range(N):
            await to_pong.put(i * k)
            acc += await to_ping.get()
        await to_pong.put(None)
        return acc

    async def pong():
        seen = 0
        while True:
            item = await to_pong.get()
            if item is None:
                return seen
            seen += 1
            await to_ping.put(item % 7)

    return await asyncio.gather(ping(), pong())


async def main():
    results = await asyncio.gather(*(pair(k) for k in range(1, PAIRS + 1)))
    print(results, asyncio.get_running_loop().time())


asyncio.run(main())

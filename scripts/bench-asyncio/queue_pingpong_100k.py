# Two tasks pass 100 000 messages back and forth through two queues.
import asyncio

N = 100000


async def main():
    to_pong, to_ping = asyncio.Queue(), asyncio.Queue()

    async def ping():
        for i in range(N):
            await to_pong.put(i)
            await to_ping.get()

    async def pong():
        total = 0
        for _ in range(N):
            total += await to_pong.get()
            await to_ping.put(None)
        return total

    _, total = await asyncio.gather(ping(), pong())
    print('total', total)


asyncio.run(main())

# A consumer waits on a queue nobody fills; main awaits it: deadlock after
# the timers run out (exit status 3).
import asyncio


async def consumer(q):
    while True:
        item = await q.get()
        print('got', item, 'at', asyncio.get_running_loop().time())


async def main():
    q = asyncio.Queue()
    loop = asyncio.get_running_loop()
    loop.call_later(1, q.put_nowait, 'one')
    loop.call_later(2, q.put_nowait, 'two')
    await consumer(q)


asyncio.run(main())

# Timers: call_later and call_at with scattered and equal deadlines, some
# cancelled, plus tasks sleeping varied delays in loops (virtual time, so
# the delays cost nothing but their bookkeeping).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = []
    for i in range(40000):
        delay = (i * 7919) % 1000 / 10
        handles.append(loop.call_later(delay, fired.append, i))
    for i in range(0, 40000, 5):
        handles[i].cancel()
    start = loop.time()
    for i in range(10000):
        loop.call_at(start + (i % 50), fired.append, -i)

    wakeups = [0]

    async def sleeper(i):
        for k in range(20):
            await asyncio.sleep(((i + k) * 37) % 13 / 4)
            wakeups[0] += 1

    await asyncio.gather(*(sleeper(i) for i in range(4000)))
    await asyncio.sleep(100)
    print(len(fired), fired[:6], fired[-3:], wakeups[0], loop.time())


asyncio.run(main())

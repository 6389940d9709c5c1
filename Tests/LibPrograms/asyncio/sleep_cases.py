# sleep: result values, zero/negative delays, float deadlines, huge delays.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(1, result='r'), loop.time())
    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(-3, 'neg'), loop.time())
    for _ in range(10):
        await asyncio.sleep(0.1)
    print(loop.time())
    await asyncio.sleep(3600 * 20)
    print(loop.time())
    order = []

    async def s(name, d):
        await asyncio.sleep(d)
        order.append(name)

    await asyncio.gather(s('a', 0.3), s('b', 0.1 + 0.2), s('c', 0.30000000000000004), s('d', 0.29999999999999998))
    print(order)
    t0 = loop.time()
    await asyncio.sleep(1e-10)
    print(loop.time() - t0)


asyncio.run(main())

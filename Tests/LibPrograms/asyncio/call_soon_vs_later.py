# call_soon runs before call_later(0)/call_at(now); due timers join the end
# of the ready queue; callbacks scheduled by callbacks wait a pass.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []

    def cb(name):
        log.append(name)

    def spawner(name):
        log.append(name)
        loop.call_soon(cb, name + '>soon')
        loop.call_later(0, cb, name + '>later0')

    loop.call_later(0, spawner, 'L0')
    loop.call_soon(spawner, 'S0')
    loop.call_at(loop.time() - 1, cb, 'past')
    loop.call_at(loop.time(), cb, 'now')
    loop.call_soon(cb, 'S1')
    for _ in range(4):
        await asyncio.sleep(0)
        log.append('main')
    print(log)

    log.clear()

    async def ticker(name, n):
        for i in range(n):
            log.append(f'{name}{i}')
            await asyncio.sleep(0)

    t1 = asyncio.create_task(ticker('a', 3))
    loop.call_later(0, cb, 'later0')
    t2 = asyncio.create_task(ticker('b', 3))
    loop.call_soon(cb, 'soon')
    await asyncio.gather(t1, t2)
    print(log)

    log.clear()
    h1 = loop.call_soon(cb, 'x')
    h2 = loop.call_later(0, cb, 'y')
    print(h1.cancelled(), h2.cancelled(), h2.when() == loop.time())
    h1.cancel()
    h2.cancel()
    h1.cancel()
    print(h1.cancelled(), h2.cancelled())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('cancelled handles never ran:', log)
    try:
        loop.call_later(None, cb, 'z')
    except TypeError as e:
        print('TypeError:', e)
    try:
        loop.call_at(None, cb, 'z')
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())

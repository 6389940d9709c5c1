# Async generators abandoned mid-iteration are closed by the loop: by the
# finalizer hook when they die, or by asyncio.run's shutdown if still alive.
import asyncio

kept = []


async def ticks(tag, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print(tag, 'finalized at', asyncio.get_running_loop().time())


async def slow_close(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, 'closing...')
        await asyncio.sleep(1)
        print(tag, 'closed at', asyncio.get_running_loop().time())


async def main():
    async for i in ticks('dropped', 10):
        if i == 1:
            break
    print('after break')
    await asyncio.sleep(0)
    print('one pass later')
    await asyncio.sleep(0)
    print('two passes later')

    g = ticks('kept', 10)
    kept.append(g)
    async for i in g:
        if i == 2:
            break
    print('kept generator stays suspended')

    print('main returns')


async def main2():
    # Only one generator is alive at shutdown: CPython closes them in
    # WeakSet (address) order.
    s = slow_close('slow')
    kept.append(s)
    print(await s.__anext__())
    print('main2 returns')


asyncio.run(main())
print('after run')
kept.clear()
asyncio.run(main2())
print('after run 2')

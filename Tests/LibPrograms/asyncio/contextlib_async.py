# asyncio together with contextlib: async context managers under
# cancellation and timeouts, AsyncExitStack ordering, aclosing.
import asyncio
from contextlib import AsyncExitStack, aclosing, asynccontextmanager

log = []


@asynccontextmanager
async def resource(name, cleanup=0.5):
    log.append(f'open {name}')
    try:
        yield name.upper()
    finally:
        log.append(f'closing {name}')
        await asyncio.sleep(cleanup)
        log.append(f'closed {name} at {asyncio.get_running_loop().time()}')


async def numbers():
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0.1)
    finally:
        log.append('numbers finalized')


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            async with resource('a') as r:
                log.append(f'using {r}')
                await asyncio.sleep(5)
    except TimeoutError:
        log.append(f'timeout at {loop.time()}')
    print(log)
    log.clear()

    async def worker():
        async with AsyncExitStack() as stack:
            x = await stack.enter_async_context(resource('x', 0.1))
            y = await stack.enter_async_context(resource('y', 0.2))
            stack.push_async_callback(asyncio.sleep, 0.3)
            stack.callback(log.append, 'sync callback')
            log.append(f'holding {x} {y}')
            await asyncio.sleep(10)

    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append(f'worker cancelled at {loop.time()}')
    print(log)
    log.clear()

    async with aclosing(numbers()) as gen:
        async for n in gen:
            if n == 3:
                break
    log.append(f'after aclosing at {round(loop.time(), 3)}')
    print(log)
    log.clear()

    @asynccontextmanager
    async def suppressing():
        try:
            yield
        except KeyError as e:
            log.append(f'suppressed {e!r}')

    async with suppressing():
        raise KeyError('k')
    async with suppressing():
        await asyncio.sleep(0)
    print(log)


asyncio.run(main())

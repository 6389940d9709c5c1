# asynccontextmanager, aclosing, AsyncExitStack, nullcontext in async with.
import asyncio
from contextlib import asynccontextmanager, aclosing, AsyncExitStack, nullcontext


@asynccontextmanager
async def session(name):
    print('open', name)
    await asyncio.sleep(0.1)
    try:
        yield name + '!'
    except KeyError as e:
        print('session saw', repr(e))
        raise
    finally:
        await asyncio.sleep(0.1)
        print('close', name)


@asynccontextmanager
async def swallowing():
    try:
        yield
    except ValueError as e:
        print('swallowed', e)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print('numbers finalised')


async def main():
    async with session('s1') as s:
        print('in', s)
    try:
        async with session('s2'):
            raise KeyError('k')
    except KeyError:
        print('KeyError propagated')
    async with swallowing():
        raise ValueError('v')
    print('after swallowing')
    for factory in (no_yield, two_yields):
        try:
            async with factory():
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)
    try:
        async with swallowing():
            raise StopAsyncIteration('sai')
    except StopAsyncIteration as e:
        print('StopAsyncIteration propagated', e)

    @session('decorated')
    async def decorated(x):
        print('decorated body', x)
        return x + 1
    print(await decorated(1))

    async with aclosing(numbers()) as agen:
        async for n in agen:
            if n == 2:
                break
    print('after aclosing')
    async with nullcontext('nc') as v:
        print(v)

    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(session('x'))
        b = stack.enter_context(nullcontext('sync'))

        async def later(msg):
            await asyncio.sleep(0)
            print('async callback', msg)
        stack.push_async_callback(later, 'one')
        stack.callback(print, 'sync callback')
        print('stack body', a, b)

    async def suppress_exit(typ, exc, tb):
        print('async exit saw', typ.__name__)
        return True
    async with AsyncExitStack() as stack:
        stack.push_async_exit(suppress_exit)
        raise IndexError('hidden')
    print('suppressed by async exit')
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(nullcontext())
            await stack.enter_async_context(object())
    except TypeError as e:
        print('TypeError', e)
    stack = AsyncExitStack()
    stack.push_async_callback(later, 'aclose')
    await stack.aclose()
    print('time', asyncio.get_running_loop().time())

asyncio.run(main())

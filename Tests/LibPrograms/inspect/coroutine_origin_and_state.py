# Coroutine introspection attributes: cr_origin (None: origin tracking is
# off), cr_await, cr_running, cr_suspended and getcoroutinestate.
import asyncio
import inspect


async def child():
    await asyncio.sleep(1)
    return 'child done'


async def parent():
    return await child()


async def main():
    c = parent()
    print(c.cr_origin, c.cr_await, c.cr_running, c.cr_suspended, inspect.getcoroutinestate(c))
    task = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c), type(c.cr_await).__name__, c.cr_await.cr_code.co_name, c.cr_suspended)
    print(await task, inspect.getcoroutinestate(c), c.cr_await, c.cr_origin)


asyncio.run(main())

# run_coroutine_threadsafe from code the loop runs (the sandbox has one
# thread): a concurrent.futures.Future that follows the task; waiting on it
# before it is done times out. Generic aliases of asyncio classes. A
# partial callback in a handle's repr.
import asyncio
import concurrent.futures
import functools


def cb(*args, **kwargs):
    pass


async def fails():
    await asyncio.sleep(1)
    raise KeyError("k")


async def main():
    loop = asyncio.get_running_loop()
    future = asyncio.run_coroutine_threadsafe(asyncio.sleep(1, result=3), loop)
    print(type(future), future.done())
    try:
        future.result(timeout=0.5)
    except concurrent.futures.TimeoutError:
        print("not yet")
    await asyncio.sleep(2)
    print(future.done(), future.result(timeout=1))
    bad = asyncio.run_coroutine_threadsafe(fails(), loop)
    await asyncio.sleep(2)
    print(repr(bad.exception()))
    cancelled = asyncio.run_coroutine_threadsafe(asyncio.sleep(5), loop)
    await asyncio.sleep(0)
    print(cancelled.cancel(), cancelled.cancelled())
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))
    try:
        asyncio.run_coroutine_threadsafe(1, loop)
    except TypeError as e:
        print(e)
    print(asyncio.Queue[int], asyncio.PriorityQueue[str], asyncio.LifoQueue[bytes])
    print(loop.call_soon(functools.partial(cb, 1)))
    print(loop.call_soon(functools.partial(cb, 1, y=2), 3))
    print(loop.call_soon(functools.partial(functools.partial(cb), 1)))
    print(loop.slow_callback_duration)

asyncio.run(main())

# Source: written for Interleave's corpus in the style of debugging tutorials that print tasks and futures (not from a public source)
# Adapted: nothing
import asyncio
import sys
import traceback


async def child(n):
    await asyncio.sleep(n)
    if n == 2:
        raise LookupError("no such key")
    return n


async def main():
    t1 = asyncio.create_task(child(1), name="first")
    t2 = asyncio.create_task(child(2))
    print(t1)
    print(t2)
    await asyncio.sleep(0)
    print(t1)
    print(asyncio.current_task().get_name(), asyncio.current_task().done())
    await asyncio.sleep(1.5)
    print(t1)
    await asyncio.sleep(1)
    print(t2)
    try:
        t2.result()
    except LookupError:
        traceback.print_exc(file=sys.stdout)
    t3 = asyncio.create_task(child(5))
    await asyncio.sleep(0)
    t3.cancel()
    await asyncio.sleep(0)
    print(t3)
    fut = asyncio.get_running_loop().create_future()
    print(fut)
    fut.set_result([1, 2])
    print(fut)
    f2 = asyncio.get_running_loop().create_future()
    f2.set_exception(ValueError("bad"))
    print(f2)
    f2.exception()
    print(repr(asyncio.Event()).split(" at ")[0])
    print(type(t1).__name__, type(fut).__module__, asyncio.Task.__module__)


asyncio.run(main())

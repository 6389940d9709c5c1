# Source: written for Interleave's corpus in the style of "asyncio futures and done callbacks" lessons (not from a public source)
# Adapted: nothing
import asyncio
import functools


def on_done(label, fut):
    if fut.cancelled():
        print(f"{label}: cancelled")
    elif fut.exception() is not None:
        print(f"{label}: failed with {fut.exception()!r}")
    else:
        print(f"{label}: result {fut.result()!r}")


async def set_later(fut, value, delay):
    await asyncio.sleep(delay)
    if isinstance(value, BaseException):
        fut.set_exception(value)
    else:
        fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    f1, f2, f3 = loop.create_future(), loop.create_future(), loop.create_future()
    for i, f in enumerate((f1, f2, f3), 1):
        f.add_done_callback(functools.partial(on_done, f"f{i}"))
    asyncio.create_task(set_later(f1, 42, 0.1))
    asyncio.create_task(set_later(f2, KeyError("nope"), 0.2))
    f3.cancel()
    print("awaiting f1:", await f1)
    try:
        await f2
    except KeyError as e:
        print("f2 raised", repr(e))
    try:
        f1.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f4 = loop.create_future()
    cb = functools.partial(on_done, "f4")
    f4.add_done_callback(cb)
    print("removed callbacks:", f4.remove_done_callback(cb))
    f4.set_result("quiet")
    await asyncio.sleep(0)
    try:
        loop.create_future().result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(repr(f1), repr(f3))
    task = asyncio.ensure_future(asyncio.sleep(0.1, result="slept"))
    task.add_done_callback(functools.partial(on_done, "task"))
    print(await task)
    wrapped = asyncio.wrap_future(__import__("concurrent.futures").futures.Future())
    print(type(wrapped).__name__, wrapped.done())
    wrapped.cancel()


asyncio.run(main())

# Source: written for Interleave's corpus in the style of "custom loop exception handlers" articles (not from a public source)
# Adapted: nothing
import asyncio
import sys


def handler(loop, context):
    msg = context.get("message")
    exc = context.get("exception")
    print(f"HANDLER: {msg!r} exc={exc!r} keys={sorted(context)}")


async def bad_callback_target():
    raise ValueError("from a forgotten task")


def failing_callback():
    raise ZeroDivisionError("callback failed")


async def main():
    loop = asyncio.get_running_loop()
    print("default handler:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("custom handler set:", loop.get_exception_handler() is handler)
    loop.call_soon(failing_callback)
    await asyncio.sleep(0.1)
    t = asyncio.create_task(bad_callback_target())
    await asyncio.sleep(0.1)
    print("task done:", t.done())
    del t
    import gc
    gc.collect()
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "manual report", "detail": 42})
    fut = loop.create_future()
    fut.set_exception(KeyError("never retrieved"))
    del fut
    gc.collect()
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print("handler reset:", loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
print("exited cleanly")

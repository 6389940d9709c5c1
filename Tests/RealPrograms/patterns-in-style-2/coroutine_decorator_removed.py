# Source: written for Interleave's corpus in the style of old tutorials using @asyncio.coroutine, run under Python 3.11 (not from a public source)
# Adapted: nothing
import asyncio
import types

print(hasattr(asyncio, "coroutine"))


@types.coroutine
def legacy_sleep(n):
    yield from asyncio.sleep(n).__await__()
    return n * 2


async def main():
    print(await legacy_sleep(0.5))
    print(asyncio.iscoroutinefunction(legacy_sleep), asyncio.iscoroutinefunction(main))
    try:
        await asyncio.wait([asyncio.sleep(0.1)])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())


@asyncio.coroutine
def old():
    yield from asyncio.sleep(1)

# athrow()/aclose() awaitables follow CPython 3.11's states: athrow on a
# finished generator returns None, reuse is refused, "already running" is
# per method, and a throw() before the first send() leaves aclose() in its
# initial state (its send() then throws GeneratorExit into the generator).
import asyncio


async def ag():
    try:
        yield 1
        yield 2
    except ValueError:
        print("caught VE")
    print("ag ends")


async def ag2():
    try:
        yield 1
    finally:
        print("ag2 finally")
        await asyncio.sleep(0)
        print("ag2 finally done")


async def main():
    g = ag()
    await g.__anext__()
    try:
        r = await g.athrow(ValueError)
        print("athrow returned", r)
    except StopAsyncIteration as e:
        print("StopAsyncIteration from athrow", repr(e))
    print("athrow on finished returned", await g.athrow(ValueError))
    print(await g.aclose())
    g = ag()
    try:
        await g.athrow(KeyError("unstarted"))
    except KeyError as e:
        print("unstarted athrow", repr(e))
    g = ag()
    await g.__anext__()
    try:
        print(await g.athrow(ValueError, ValueError("v"), None))
    except StopAsyncIteration:
        print("StopAsyncIteration 2")
    print(await g.aclose())

    g = ag2()
    await g.__anext__()
    c = g.aclose()
    print(type(c).__name__, type(g.__anext__()).__name__, type(g.asend(None)).__name__)
    await c
    try:
        await c
    except RuntimeError as e:
        print(e)
    a = g.__anext__()
    try:
        await a
    except StopAsyncIteration:
        print("StopAsyncIteration 3")
    try:
        await a
    except RuntimeError as e:
        print(e)

    g = ag2()
    await g.__anext__()
    c = g.aclose()
    try:
        c.send(1)
    except RuntimeError as e:
        print(e)
    print(c.throw(asyncio.CancelledError()))
    try:
        c.send(None)
    except StopIteration as e:
        print("stop", e.value)

    g = ag2()
    await g.__anext__()
    c1 = g.aclose()
    c1.send(None)
    for make in (g.aclose, lambda: g.athrow(ValueError), g.__anext__):
        try:
            await make()
        except RuntimeError as e:
            print(e)
    print(g.ag_running)
    try:
        c1.send(None)
    except StopIteration:
        print("c1 done")
    print(g.ag_running, g.ag_frame)


asyncio.run(main())

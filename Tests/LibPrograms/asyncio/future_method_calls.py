# The Future and Task methods programs call most (done, cancelled, result,
# cancel, set_result), called directly, through the class, as loop
# callbacks, on subclasses and on the wrong receivers.
import asyncio


class LoggingFuture(asyncio.Future):
    def set_result(self, value):
        print("LoggingFuture.set_result", value)
        super().set_result(value)


def handler(loop, context):
    print("handler:", type(context.get("exception")).__name__, context.get("exception"))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    loop.call_soon(f.set_result, 42)
    loop.call_soon(f.set_result, 43)          # a second result: the handler reports it
    print(await f, f.done(), f.result(), asyncio.Future.done(f))
    await asyncio.sleep(0)
    g = LoggingFuture()
    loop.call_soon(g.set_result, "sub")
    print(await g)
    h = loop.create_future()
    print(h.cancel(), h.cancel(), h.cancelled(), h.done())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e))

    async def sleeper():
        await asyncio.sleep(1)
        return "slept"

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    loop.call_soon(t.cancel)
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled by a callback:", t.cancelled(), t.done())
    t2 = asyncio.create_task(sleeper())
    print(t2.cancel(), t2.cancel(), asyncio.Task.cancel(t2))
    await asyncio.gather(t2, return_exceptions=True)
    print(t2.cancelled(), t2.cancelling())
    t3 = asyncio.create_task(sleeper())
    print(await t3, t3.result(), t3.cancel(), asyncio.Task.done(t3))
    for bad in (lambda: asyncio.Future.done(3),
                lambda: asyncio.Future.result(None),
                lambda: f.cancelled(None),
                lambda: f.result(1),
                lambda: f.done(x=1),
                lambda: f.set_result(),
                lambda: f.done(1)):
        try:
            bad()
        except TypeError as e:
            print("TypeError", e)
    k = loop.create_future()
    loop.call_soon(k.set_result)               # a missing argument: the handler reports it
    loop.call_soon(k.set_result, 1, 2)
    await asyncio.sleep(0)
    print(k.done())


asyncio.run(main())

# The native gather (Sources/Runtime/Asyncio/NativeGather.swift) against
# CPython: argument order and duplicates, futures mixed with coroutines,
# the first exception, return_exceptions, cancelling children and the
# outer future, nested gathers, and the fallback cases.
import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc


class MyFuture(asyncio.Future):
    def result(self):
        return ('wrapped', super().result())


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.gather(value(1), value(2, 0.5), value(3, 0.1)))
    c = value('dup')
    print(await asyncio.gather(c, c, value('x')))
    f = loop.create_future()
    loop.call_later(0.2, f.set_result, 'fut')
    t = asyncio.create_task(value('task', 0.1))
    print(await asyncio.gather(f, t, value('coro'), t))
    print(await asyncio.gather())
    try:
        await asyncio.gather(value(1, 1), fail(KeyError('k'), 0.5))
    except KeyError as e:
        print('KeyError', e, loop.time())
    res = await asyncio.gather(value(1), fail(ValueError('v')), fail(asyncio.CancelledError('c')),
                               return_exceptions=True)
    print([type(r).__name__ for r in res], res[0], res[1].args)
    # Cancelling a child: CancelledError out of the gather, or in the list.
    t1 = asyncio.create_task(value('a', 1))
    t2 = asyncio.create_task(value('b', 2))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel('stop')
    print(await g, t2.done())
    t3 = asyncio.create_task(value('c', 1))
    g = asyncio.gather(t3, value('d', 0.5))
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled by child', g.cancelled(), g.done())
    # Cancelling the outer future cancels the children.
    ch = [asyncio.create_task(value(i, 5)) for i in range(3)]
    g = asyncio.gather(*ch)
    await asyncio.sleep(0)
    print(g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('outer cancelled', [c.cancelled() for c in ch], g.cancelled())
    g = asyncio.gather(value(1, 5), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print('outer cancelled with return_exceptions')
    # Nested gathers, and an outer future nobody awaits.
    nested = await asyncio.gather(*(asyncio.gather(*(value(j * 10 + k) for k in range(3)),
                                                    return_exceptions=True) for j in range(3)))
    print(nested)
    asyncio.gather(value('dropped', 0.1))
    await asyncio.sleep(0.2)
    # Futures of a Future subclass that overrides result() (the Python gather).
    mf = MyFuture()
    loop.call_soon(mf.set_result, 5)
    print(await asyncio.gather(mf, value(6)))
    # Errors: not awaitable, a future of another loop.
    try:
        asyncio.gather(value(1), 42)
    except TypeError as e:
        print('TypeError', e)
    other = asyncio.new_event_loop()
    try:
        foreign = other.create_future()
        try:
            asyncio.gather(value(1), foreign)
        except ValueError as e:
            print('ValueError', e)
    finally:
        other.close()
    # A child finishing with an exception after the gather already failed.
    late = asyncio.create_task(fail(IndexError('late'), 1))
    try:
        await asyncio.gather(fail(KeyError('first')), late)
    except KeyError as e:
        print('first', e, late.done())
    await asyncio.sleep(2)
    print(late.done(), type(late.exception()).__name__, loop.time())


asyncio.run(main())

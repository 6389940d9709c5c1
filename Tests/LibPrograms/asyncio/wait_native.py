# asyncio.wait, native for a list or tuple of futures without a timeout:
# every return_when, duplicates, what it leaves on the futures, the waiting
# task cancelled, and the calls the Python version keeps (timeouts, sets,
# errors).
import asyncio


async def job(delay, value, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(value)
    return value


def names(fs):
    return sorted(t.get_name() for t in fs)


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(d, d), name=f'j{d}') for d in (3, 1, 2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending), loop.time(), type(done).__name__)
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending), loop.time())

    ts = [asyncio.create_task(job(1, 'a')), asyncio.create_task(job(2, 'b', fail=True)),
          asyncio.create_task(job(5, 'c'))]
    done, pending = await asyncio.wait(tuple(ts), return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), loop.time(), [t.done() for t in ts])
    await asyncio.wait([ts[2], ts[2], ts[0]])
    print(loop.time(), ts[1].exception())

    futs = [loop.create_future() for _ in range(4)]
    futs[2].set_result(7)
    done, pending = await asyncio.wait(futs, return_when='FIRST_COMPLETED')
    print(len(done), len(pending), [len(f._callbacks or []) for f in futs])
    loop.call_later(1, futs[0].cancel)
    loop.call_later(2, futs[1].set_exception, KeyError('k'))
    done, pending = await asyncio.wait(futs[:2], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), loop.time(), futs[0].cancelled(), repr(futs[1].exception()))

    # The waiting task cancelled: the callbacks are removed.
    slow = [asyncio.create_task(job(10, i)) for i in range(3)]
    waiter = asyncio.create_task(asyncio.wait(slow))
    await asyncio.sleep(1)
    print([len(t._callbacks or []) for t in slow])
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print('waiter cancelled', [len(t._callbacks or []) for t in slow])

    # Timeouts and sets go through the Python version.
    done, pending = await asyncio.wait(slow, timeout=2)
    print(len(done), len(pending), loop.time())
    done, pending = await asyncio.wait(set(slow), return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), loop.time())

    for bad in ([], ()):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait(slow, return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError', e)
    coro = job(0, 0)
    try:
        await asyncio.wait([slow[0], coro])
    except TypeError as e:
        print('TypeError', e)
    coro.close()
    fut = loop.create_future()
    try:
        await asyncio.wait(fut)
    except TypeError as e:
        print('TypeError', e)
    w = asyncio.wait(slow)
    print(type(w).__name__, asyncio.iscoroutine(w))
    w.close()


asyncio.run(main())

# asyncio.wait: FIRST_EXCEPTION, timeouts, done futures, invalid arguments.
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name


def names(fs):
    return sorted(f.get_name() for f in fs)


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in
          [('a', 1, False), ('b', 2, True), ('c', 3, False)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('first exception', loop.time(), names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print('timeout', loop.time(), names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print('all', loop.time(), names(done), names(pending))

    quick = [asyncio.create_task(job(n, 1), name=n) for n in 'xy']
    done, pending = await asyncio.wait(quick, return_when=asyncio.FIRST_EXCEPTION)
    print('no exception: waits for all', loop.time(), names(done))

    f = loop.create_future()
    f.set_result(1)
    done, pending = await asyncio.wait([f], timeout=5)
    print('already done', len(done), len(pending), loop.time())

    g = loop.create_future()
    done, pending = await asyncio.wait([g], timeout=0)
    print('timeout 0', len(done), len(pending), loop.time())

    try:
        await asyncio.wait(ts, return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait(f)
    except TypeError as e:
        print('TypeError:', e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())

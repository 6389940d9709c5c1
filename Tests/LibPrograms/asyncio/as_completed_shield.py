# as_completed with futures and exceptions; shield against cancellation.
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise KeyError(name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(n, d, f)) for n, d, f in
          [('a', 2, False), ('b', 1, True), ('c', 1, False), ('d', 3, False)]]
    for aw in asyncio.as_completed(ts):
        try:
            print('got', await aw, loop.time())
        except KeyError as e:
            print('raised', repr(e), loop.time())

    f = loop.create_future()
    loop.call_later(1, f.set_result, 'future!')
    print([await aw for aw in asyncio.as_completed([f])])

    inner = asyncio.create_task(job('inner', 2))

    async def protected():
        return await asyncio.shield(inner)

    p = asyncio.create_task(protected())
    await asyncio.sleep(1)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('protector cancelled; inner still running:', not inner.done())
    print(await inner, loop.time())

    inner2 = asyncio.create_task(job('inner2', 1, fail=True))
    try:
        await asyncio.shield(inner2)
    except KeyError as e:
        print('shield passes the exception', repr(e))

    inner3 = asyncio.create_task(job('inner3', 5))
    outer = asyncio.shield(inner3)
    loop.call_later(1, inner3.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print('inner cancelled -> outer cancelled', outer.cancelled(), loop.time())

    done = loop.create_future()
    done.set_result('done already')
    print(asyncio.shield(done) is done)


asyncio.run(main())

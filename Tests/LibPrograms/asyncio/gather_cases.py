# gather: return_exceptions with cancelled children, duplicate arguments,
# futures, nested gathers, cancelling after completion.
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(job('t', 1))
    c = job('c', 0.5)
    print(await asyncio.gather(t, t, c, t))

    a = asyncio.create_task(job('a', 1))
    b = asyncio.create_task(job('b', 2, fail=True))
    k = asyncio.create_task(job('k', 3))
    loop.call_later(1.5, k.cancel, 'stop k')
    res = await asyncio.gather(a, b, k, return_exceptions=True)
    print([repr(r) for r in res])

    g = asyncio.gather(job('x', 1), job('y', 2))
    print(await g, g.cancel(), g.done())

    inner = asyncio.gather(job('i1', 1), job('i2', 2))
    outer = asyncio.gather(inner, job('o', 1.5))
    loop.call_later(1.2, outer.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner cancelled?', inner.cancelled(), inner.done())

    f = loop.create_future()
    g2 = asyncio.gather(f, job('z', 1), return_exceptions=True)
    f.set_exception(KeyError('f'))
    print(await g2)

    g3 = asyncio.gather(job('p', 1), job('q', 1))
    await asyncio.sleep(0)
    print('cancel pending gather', g3.cancel('bye'))
    try:
        await g3
    except asyncio.CancelledError as e:
        print('CancelledError args', e.args, g3.cancelled())

    g4 = asyncio.gather(job('r', 1), job('s', 5), return_exceptions=True)
    loop.call_later(2, g4.cancel)
    try:
        print(await g4)
    except asyncio.CancelledError:
        print('return_exceptions gather still raises when cancelled', loop.time())
    try:
        asyncio.gather(42)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())

# Task and Future API surface: states, names, reprs, errors.
import asyncio


async def job(x):
    await asyncio.sleep(1)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(job(3))
    print(t.get_name(), t.done(), t.cancelled(), t.cancelling())
    print(type(t.get_coro()).__name__, t.get_loop() is loop)
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await t, t.exception(), t.done())
    t.set_name(('tuple', 1))
    print(t.get_name())
    print(asyncio.isfuture(t), asyncio.isfuture(job), asyncio.iscoroutine(job(1)))

    f = asyncio.Future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(KeyError('k'))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    cb_fut = loop.create_future()
    cb_fut.add_done_callback(print)
    print(repr(cb_fut).startswith('<Future pending cb=['))
    cb_fut.cancel()
    await asyncio.sleep(0)

    try:
        asyncio.Task(42)
    except TypeError as e:
        print('TypeError:', e)
    try:
        await asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)
    w = loop.create_task(job(5), name='explicit')
    print(w.get_name())
    print(asyncio.current_task() in asyncio.all_tasks(), w in asyncio.all_tasks())
    print(await w)
    print(w in asyncio.all_tasks())

    class Waitable:
        def __await__(self):
            yield
            return 'from __await__'

    e = asyncio.ensure_future(Waitable())
    print(type(e).__name__, await e)

    async def self_await():
        return await asyncio.current_task()

    s = asyncio.create_task(self_await())
    try:
        await s
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(':')[0])

    async def bad_yield():
        yield_value = 'bad'

        class Bad:
            def __await__(self):
                yield yield_value

        await Bad()

    b = asyncio.create_task(bad_yield())
    try:
        await b
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())

# TaskGroup: body errors, errors in several children, nested groups,
# external cancellation, create_task on a finished/aborting group.
import asyncio


async def child(name, d, fail=None):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(' ', name, 'cancelled at', asyncio.get_running_loop().time())
        raise
    if fail:
        raise fail
    print(' ', name, 'done')
    return name


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('slow', 5))
            await asyncio.sleep(1)
            raise ValueError('body fails')
    except* ValueError as eg:
        print('body error:', [repr(e) for e in eg.exceptions], loop.time())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('e1', 1, KeyError('one')))
            tg.create_task(child('e2', 1, KeyError('two')))
            tg.create_task(child('ok', 0.5))
    except ExceptionGroup as eg:
        print('two at once:', eg.message, [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(child('outer-slow', 3))

            async def nested():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(child('inner-bad', 1, OSError('disk')))
                    inner.create_task(child('inner-slow', 2))

            outer.create_task(nested())
    except ExceptionGroup as eg:
        print('nested:', repr(eg))

    async def grouped():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('g1', 10))
        return 'never'

    t = asyncio.create_task(grouped())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('group task cancelled from outside:', t.cancelled(), loop.time())

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(child('x', 1))
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with tg:
        pass
    coro = child('late', 1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child('r1', 1))
        t2 = tg.create_task(child('r2', 2), name='second')
    print(t1.result(), t2.result(), t2.get_name())

    results = []
    try:
        async with asyncio.TaskGroup() as tg:
            async def stubborn():
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    await asyncio.sleep(1)
                    results.append('stubborn returned normally')
            tg.create_task(stubborn())
            tg.create_task(child('fail', 1, RuntimeError('x')))
    except* RuntimeError as eg:
        print(results, [str(e) for e in eg.exceptions], loop.time())


asyncio.run(main())

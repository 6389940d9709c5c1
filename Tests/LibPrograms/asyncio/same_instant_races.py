# Things that happen at the same virtual instant or in the same pass:
# which side wins is decided by timer-heap and ready-queue order.
import asyncio


async def job(d, value):
    await asyncio.sleep(d)
    return value


async def main():
    loop = asyncio.get_running_loop()
    log = []

    done_f = loop.create_future()
    done_f.set_result('early')
    pending_t = asyncio.create_task(job(1, 'late'))
    done, pending = await asyncio.wait([done_f, pending_t], return_when=asyncio.FIRST_COMPLETED)
    print('wait with a done future returns at once:', len(done), len(pending), loop.time())
    await pending_t

    t = asyncio.create_task(job(1, 'job first'))
    await asyncio.sleep(0)
    try:
        print('task created before wait_for:', await asyncio.wait_for(t, 1))
    except TimeoutError:
        print('task created before wait_for: timeout')

    inner = asyncio.create_task(job(2, 'inner'))

    async def shielded():
        try:
            return await asyncio.shield(inner)
        except asyncio.CancelledError:
            log.append(f'shielded waiter cancelled at {loop.time()}, inner done={inner.done()}')
            raise

    s = asyncio.create_task(shielded())
    loop.call_later(2, s.cancel)
    try:
        print('shield race:', await s)
    except asyncio.CancelledError:
        print('shield race: cancelled', log)
    print('inner result', inner.result())

    async def rescheduler():
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(1)
            cm.reschedule(loop.time() + 1)
            await asyncio.sleep(1)
            log.append('same-instant sleep finished inside the block')
        return 'no timeout'

    log.clear()
    try:
        print(await rescheduler(), log)
    except TimeoutError:
        print('rescheduled timeout fired first at', loop.time(), log)

    async def failing(d):
        await asyncio.sleep(d)
        raise ValueError(f'fail {d}')

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(1))
            tg.create_task(job(5, 'slow'))

    p = asyncio.create_task(parent())
    loop.call_later(1, p.cancel)
    try:
        await p
    except ExceptionGroup as eg:
        print('group error wins over outer cancel:', [str(e) for e in eg.exceptions], loop.time())
    except asyncio.CancelledError:
        print('outer cancel wins', loop.time())

    ev = asyncio.Event()
    order = []

    async def waiter(n):
        await ev.wait()
        order.append(n)

    ws = [asyncio.create_task(waiter(n)) for n in range(3)]
    loop.call_later(1, ev.set)
    loop.call_later(1, order.append, 'timer after set')
    loop.call_later(1, ws[1].cancel)
    await asyncio.gather(*ws, return_exceptions=True)
    print(order, [w.cancelled() for w in ws])


asyncio.run(main())

# Cancellation reaching code in finally blocks, repeated cancels, messages.
import asyncio


async def worker(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f'{name} caught {e.args}')
        try:
            await asyncio.sleep(1)
            log.append(f'{name} cleanup done')
        except asyncio.CancelledError as e2:
            log.append(f'{name} cleanup cancelled {e2.args}')
            raise
        raise
    finally:
        log.append(f'{name} finally')


async def swallow():
    for i in range(3):
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print('swallow: cancelled', i, 'cancelling =', asyncio.current_task().cancelling())
    return 'swallowed all'


async def main():
    loop = asyncio.get_running_loop()
    log = []
    t = asyncio.create_task(worker('w1', log))
    await asyncio.sleep(1)
    t.cancel('first')
    await asyncio.sleep(0.5)
    print(log, t.cancelling())
    t.cancel('second')
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaited:', e.args, t.cancelled(), loop.time())
    print(log)

    log.clear()
    t = asyncio.create_task(worker('w2', log))
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.sleep(2)
    print(log, t.cancelled(), loop.time())

    s = asyncio.create_task(swallow())
    for _ in range(3):
        await asyncio.sleep(1)
        s.cancel()
    print(await s, s.cancelled(), s.cancelling())

    async def stepper():
        log.append('stepper body')
        await asyncio.sleep(0)
        log.append('stepper after yield')
        return 1

    log.clear()
    st = asyncio.create_task(stepper())
    await asyncio.sleep(0)
    st.cancel('while queued')
    try:
        await st
    except asyncio.CancelledError as e:
        print('queued step got', e.args, log)

    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return 'woke'

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    w.cancel()
    try:
        print(await w)
    except asyncio.CancelledError:
        print('cancel after set but before wakeup wins')


asyncio.run(main())

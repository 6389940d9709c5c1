# Semaphore FIFO handoffs, locked(), cancelled waiters, BoundedSemaphore.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(2)
    log = []

    async def user(name, hold):
        async with sem:
            log.append(f'{loop.time()} {name} in')
            await asyncio.sleep(hold)
        log.append(f'{loop.time()} {name} out')

    await asyncio.gather(*(user(n, h) for n, h in [('a', 2), ('b', 1), ('c', 1), ('d', 0), ('e', 3), ('f', 1)]))
    print('\n'.join(log))

    s = asyncio.Semaphore(0)
    print('locked at 0:', s.locked())
    waiters = [asyncio.create_task(s.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    s.release()
    s.release()
    print('after two releases, value', s._value, 'locked', s.locked())
    waiters[0].cancel()
    await asyncio.sleep(0)
    print([('cancelled' if w.cancelled() else w.done()) for w in waiters], s._value)
    await asyncio.sleep(0)
    print([('cancelled' if w.cancelled() else w.done()) for w in waiters], s._value)

    s2 = asyncio.Semaphore(1)
    await s2.acquire()
    w1 = asyncio.create_task(s2.acquire())
    w2 = asyncio.create_task(s2.acquire())
    await asyncio.sleep(0)
    s2.release()
    w1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('w1 cancelled', w1.cancelled(), 'w2 got it', w2.done(), 'value', s2._value)

    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    b = asyncio.BoundedSemaphore(1)
    async with b:
        print('bounded locked inside', b.locked())
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())

# Lock: FIFO order, a cancelled waiter passes the lock on, release of an
# unlocked lock, lock handed over while the next owner's wakeup is pending.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    log = []

    async def user(name, hold):
        log.append(f'{name} wants')
        async with lock:
            log.append(f'{name} has it at {loop.time()}')
            await asyncio.sleep(hold)
        log.append(f'{name} released')

    tasks = [asyncio.create_task(user(n, 1)) for n in 'abcd']
    await asyncio.sleep(0.5)
    tasks[1].cancel()
    await asyncio.sleep(0.7)
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print('\n'.join(log))
    print([t.cancelled() for t in tasks])

    log.clear()
    await lock.acquire()
    w = asyncio.create_task(user('w', 0))
    await asyncio.sleep(0)
    lock.release()
    print('released; locked right after =', lock.locked())
    await lock.acquire()
    log.append('main re-acquired')
    lock.release()
    await w
    print(log)

    log.clear()
    await lock.acquire()
    x = asyncio.create_task(user('x', 0))
    y = asyncio.create_task(user('y', 0))
    await asyncio.sleep(0)
    lock.release()
    x.cancel()
    await asyncio.gather(x, y, return_exceptions=True)
    print(log, lock.locked())
    print(repr(lock).endswith('[unlocked]>'))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())

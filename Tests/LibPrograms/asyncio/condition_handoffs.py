# Condition: notify(n) order, notify_all, wait_for, cancellation while
# waiting (the lock is re-acquired before CancelledError propagates).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()
    log = []

    async def waiter(name):
        async with cond:
            log.append(f'{name} waits')
            await cond.wait()
            log.append(f'{name} woke, locked={cond.locked()}')

    ws = [asyncio.create_task(waiter(f'w{i}')) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        log.append('notified 2')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        log.append('notified all')
    await asyncio.gather(*ws)
    print('\n'.join(log))

    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)

    async def victim():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print('victim cancelled; holds lock again:', cond.locked())
                raise

    async def holder():
        async with cond:
            await asyncio.sleep(2)
            print('holder releases at', loop.time())

    v = asyncio.create_task(victim())
    await asyncio.sleep(0)
    h = asyncio.create_task(holder())
    await asyncio.sleep(0.5)
    v.cancel()
    try:
        await v
    except asyncio.CancelledError:
        print('victim done at', loop.time())
    await h

    items = []

    async def consumer():
        async with cond:
            got = await cond.wait_for(lambda: len(items) >= 3)
            print('consumer sees', items, got)

    c = asyncio.create_task(consumer())
    for i in range(4):
        await asyncio.sleep(1)
        async with cond:
            items.append(i)
            cond.notify()
    await c


asyncio.run(main())

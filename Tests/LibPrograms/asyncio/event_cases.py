# Event: many waiters, set before wait, wait with timeout, clear/set cycles.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    log = []

    async def waiter(name):
        log.append(f'{name} waits')
        r = await ev.wait()
        log.append(f'{name} woke {r} at {loop.time()}')

    ts = [asyncio.create_task(waiter(f'w{i}')) for i in range(3)]
    loop.call_later(1, ev.set)
    await asyncio.gather(*ts)
    print('\n'.join(log))
    print('is_set', ev.is_set(), await ev.wait())
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.5)
    except TimeoutError:
        print('wait timed out; waiters left:', len(ev._waiters))
    log.clear()
    ts = [asyncio.create_task(waiter(f'v{i}')) for i in range(2)]
    await asyncio.sleep(0)
    ts[0].cancel()
    ev.set()
    ev.set()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, [t.cancelled() for t in ts])
    print(repr(ev).endswith('[set]>'))


asyncio.run(main())

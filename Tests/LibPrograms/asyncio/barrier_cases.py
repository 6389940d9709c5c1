# Barrier: parties released together, indexes, reuse, abort.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    barrier = asyncio.Barrier(3)
    log = []

    async def party(name, d):
        await asyncio.sleep(d)
        log.append(f'{name} arrives at {loop.time()}')
        idx = await barrier.wait()
        log.append(f'{name} passes with index {idx} at {loop.time()}')

    await asyncio.gather(party('a', 1), party('b', 2), party('c', 3))
    print('\n'.join(log))
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log.clear()
    await asyncio.gather(party('x', 0), party('y', 0), party('z', 0))
    print('\n'.join(log))

    async def doomed():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError:
            print('waiter sees BrokenBarrierError')

    d = asyncio.create_task(doomed())
    await asyncio.sleep(0)
    print('waiting', barrier.n_waiting)
    await barrier.abort()
    await d
    print('broken', barrier.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())

# Interleavings of tasks, callbacks and futures in one pass after another.
import asyncio

log = []


async def pinger(name, fut_in, fut_out, rounds):
    for i in range(rounds):
        v = await fut_in[0]
        log.append(f'{name} got {v}')
        fut_in[0] = asyncio.get_running_loop().create_future()
        fut_out[0].set_result(v + 1)


async def main():
    loop = asyncio.get_running_loop()
    a = [loop.create_future()]
    b = [loop.create_future()]
    t1 = asyncio.create_task(pinger('ping', a, b, 3))
    t2 = asyncio.create_task(pinger('pong', b, a, 3))
    loop.call_soon(log.append, 'cb before start')
    a[0].set_result(0)
    loop.call_soon(log.append, 'cb after set')
    await asyncio.sleep(0)
    log.append('main pass 1')
    await asyncio.sleep(0)
    log.append('main pass 2')
    await asyncio.gather(t1, t2, return_exceptions=True)
    print('\n'.join(log))

    log.clear()

    async def chain(n):
        if n == 0:
            log.append('bottom')
            return 0
        t = asyncio.create_task(chain(n - 1))
        r = await t
        log.append(f'level {n} resumes')
        return r + 1

    loop.call_soon(log.append, 'soon')
    print(await chain(3), log)

    log.clear()
    done = loop.create_future()
    done.set_result('ready')

    async def awaits_done():
        log.append('before')
        v = await done
        log.append('after ' + v)

    t = asyncio.create_task(awaits_done())
    loop.call_soon(log.append, 'queued before step')
    await asyncio.sleep(0)
    log.append('main')
    await t
    print(log)


asyncio.run(main())

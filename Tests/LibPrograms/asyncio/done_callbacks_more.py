# Done callbacks: scheduled via call_soon in registration order, removed by
# equality, run for cancelled futures too; errors in them do not stop the loop.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    f = loop.create_future()

    def named(n):
        def cb(fut):
            state = 'cancelled' if fut.cancelled() else repr(fut.result())
            log.append(f'{n}:{state}')
        return cb

    a, b = named('a'), named('b')
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    print('removed', f.remove_done_callback(a), f.remove_done_callback(a))
    f.add_done_callback(a)
    f.cancel()
    log.append('after cancel')
    await asyncio.sleep(0)
    print(log)

    log.clear()

    def boom(fut):
        log.append('boom runs')
        raise RuntimeError('callback failed')

    g = loop.create_future()
    g.add_done_callback(boom)
    g.add_done_callback(named('after-boom'))
    g.set_result(5)
    await asyncio.sleep(0)
    print(log)

    log.clear()

    def chain(fut):
        log.append('chain sees ' + repr(fut.result()))
        h = loop.create_future()
        h.add_done_callback(named('inner'))
        h.set_result('x')
        log.append('chain returns')

    k = loop.create_future()
    k.add_done_callback(chain)
    k.set_result(1)
    loop.call_soon(log.append, 'soon-after-set')
    await asyncio.sleep(0)
    log.append('main 1')
    await asyncio.sleep(0)
    log.append('main 2')
    print(log)

    log.clear()

    async def job():
        log.append('job')
        return 'r'

    t = asyncio.create_task(job())
    t.add_done_callback(named('t1'))
    t.add_done_callback(lambda fut: loop.call_soon(log.append, 'from-cb'))
    await t
    log.append('main resumed after await t')
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())

# wait_for: timeouts at the same instant as completion, inner tasks that
# swallow cancellation, already-done futures, nested wait_for.
import asyncio


async def job(d, value='ok'):
    await asyncio.sleep(d)
    return value


async def stubborn(d):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print('  stubborn swallowed cancel at', asyncio.get_running_loop().time())
        return 'stubborn result'


async def slow_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        print('  slow_cleanup finally starts')
        await asyncio.sleep(2)
        print('  slow_cleanup finally ends')


async def attempt(label, aw, timeout):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        r = await asyncio.wait_for(aw, timeout)
        print(label, '->', r, 'after', loop.time() - start)
    except TimeoutError as e:
        print(label, '-> TimeoutError after', loop.time() - start,
              type(e.__cause__).__name__)


async def main():
    loop = asyncio.get_running_loop()
    await attempt('equal', job(2), 2)
    await attempt('shorter job', job(1.5), 2)
    await attempt('None timeout', job(1), None)
    await attempt('zero timeout coroutine', job(0), 0)
    await attempt('negative timeout', job(1), -1)
    await attempt('stubborn', stubborn(5), 1)
    await attempt('slow cleanup', slow_cleanup(), 1)
    f = loop.create_future()
    loop.call_later(0.5, f.set_result, 'future value')
    await attempt('plain future', f, 1)
    g = loop.create_future()
    await attempt('future times out', g, 1)
    print('future cancelled by wait_for:', g.cancelled())
    await attempt('nested', asyncio.wait_for(job(3), 2), 1)
    await attempt('nested inner first', asyncio.wait_for(job(3), 1), 2)
    t = asyncio.create_task(job(1, 'task'))
    await attempt('task', t, 5)
    failing = loop.create_future()
    loop.call_later(0.1, failing.set_exception, KeyError('bad'))
    try:
        await asyncio.wait_for(failing, 1)
    except KeyError as e:
        print('exception propagates:', repr(e))
    print('end', loop.time())


asyncio.run(main())

# Tracebacks through gather, wait_for, shield, asyncio.timeout, as_completed, tasks, Queue/Event/Lock waits and futures (asyncio's own frames by file name).
import asyncio, traceback, os, re
def portable(text):
    return re.sub(r'File "([^"]*)"', lambda m: 'File "' + os.path.basename(m[1]) + '"', text).rstrip('\n')
async def fail(msg, delay=0.1):
    await asyncio.sleep(delay)
    raise ValueError(msg)
async def scenario(name, coro_fn):
    try:
        await coro_fn()
    except BaseException as e:
        print(f'--- {name}: {type(e).__name__}')
        print(portable(''.join(traceback.format_exception(e))))
async def main():
    await scenario('gather', lambda: asyncio.gather(fail('g1'), fail('g2', 0.2)))
    await scenario('wait_for', lambda: asyncio.wait_for(fail('wf'), 1))
    await scenario('wait_for timeout', lambda: asyncio.wait_for(asyncio.sleep(5), 0.1))
    await scenario('shield', lambda: asyncio.shield(fail('sh')))
    async def timeout_cm():
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    await scenario('timeout cm', timeout_cm)
    async def as_comp():
        for f in asyncio.as_completed([fail('ac')]):
            await f
    await scenario('as_completed', as_comp)
    async def task_await():
        t = asyncio.create_task(fail('task'))
        await t
    await scenario('task', task_await)
    async def q_get():
        q = asyncio.Queue()
        await asyncio.wait_for(q.get(), 0.1)
    await scenario('queue get timeout', q_get)
    async def ev_wait():
        async with asyncio.timeout(0.05):
            await asyncio.Event().wait()
    await scenario('event wait timeout', ev_wait)
    async def fut_exc():
        f = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0.1, f.set_exception, KeyError('fut'))
        await f
    await scenario('future exc', fut_exc)
    async def lock_cancel():
        lock = asyncio.Lock(); await lock.acquire()
        await asyncio.wait_for(lock.acquire(), 0.1)
    await scenario('lock timeout', lock_cancel)
asyncio.run(main())

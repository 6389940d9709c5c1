# Errors raised inside asyncio's API (Queue nowait/task_done, Lock/BoundedSemaphore release, Condition unlocked, wait, TaskGroup, timeout, sleep/wait_for argument types, nested and closed loops) show CPython 3.11's library frames.
import asyncio, traceback, os, sys, warnings
def portable(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File "') or line.startswith('  |   File "') :
            pre, rest0 = line.split('File "', 1)
            path, rest = rest0.split('"', 1)
            line = f'{pre}File "{os.path.basename(path)}"{rest}'
        out.append(line)
    return '\n'.join(out)
def show():
    print(portable(traceback.format_exc()))
    print('-----')
def stk():
    s = traceback.extract_stack()
    names = [f.name for f in s]
    i = names.index('<module>', 1) if names.count('<module>') > 1 else 0
    return [(f.name, os.path.basename(f.filename), f.lineno, f.line) for f in s[i:]]
def attempt(label, fn):
    try:
        fn()
    except Exception:
        print(label)
        show()
async def aattempt(label, coro):
    try:
        await coro
    except Exception:
        print(label)
        show()
async def co():
    return 1
async def main():
    q = asyncio.Queue(1)
    attempt('get_nowait', q.get_nowait)
    q.put_nowait(1)
    attempt('put_nowait', lambda: q.put_nowait(2))
    attempt('task_done', lambda: (q.task_done(), q.task_done()))
    lk = asyncio.Lock()
    attempt('release', lk.release)
    bs = asyncio.BoundedSemaphore(1)
    attempt('bsem', bs.release)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    attempt('result', fut.result)
    attempt('exception', fut.exception)
    await aattempt('wait empty', asyncio.wait([]))
    c = co()
    await aattempt('wait coro', asyncio.wait(c))
    c.close()
    fut.set_result(1)
    attempt('set twice', lambda: fut.set_result(2))
    ev = asyncio.Event()
    cond = asyncio.Condition()
    await aattempt('cond wait unlocked', cond.wait())
    attempt('cond notify unlocked', cond.notify)
    tg = asyncio.TaskGroup()
    c = co()
    attempt('tg not entered', lambda: tg.create_task(c))
    c.close()
    async def reenter():
        async with asyncio.timeout(1) as t:
            async with t:
                pass
    await aattempt('timeout reenter', reenter())
    t = asyncio.timeout(1)
    attempt('reschedule', lambda: t.reschedule(2))
    await aattempt('sleep type', asyncio.sleep('x'))
    await aattempt('wait_for type', asyncio.wait_for(co(), 'x'))
    attempt('run nested', lambda: asyncio.run(co()))
    attempt('get_event_loop', lambda: asyncio.get_running_loop().run_until_complete(co()))
    attempt('bad sem', lambda: asyncio.Semaphore(-1))
    attempt('queue bad', lambda: asyncio.Queue(maxsize='x').put_nowait(1))
c = co()
attempt('run closed', lambda: asyncio.run(42))
c.close()
asyncio.run(main())
loop = asyncio.new_event_loop()
loop.close()
c = co()
attempt('closed run', lambda: loop.run_until_complete(c))
c.close()

# Tracebacks through asyncio show CPython 3.11's library frames (tasks.py sleep/wait_for/_wait_for_one, timeouts.py, taskgroups.py): timeouts, wait, gather, shield, TaskGroup, as_completed, futures.
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
async def slow():
    await asyncio.sleep(10)
async def boom():
    await asyncio.sleep(0.1)
    raise ValueError('boom')
async def main():
    try:
        async with asyncio.timeout(0.5):
            await slow()
    except TimeoutError:
        show()
    try:
        loop = asyncio.get_running_loop()
        async with asyncio.timeout_at(loop.time() + 0.5):
            await asyncio.sleep(1)
    except TimeoutError:
        show()
    t = asyncio.create_task(boom())
    done, pending = await asyncio.wait([t])
    try:
        t.result()
    except ValueError:
        show()
    try:
        await asyncio.gather(boom(), slow())
    except ValueError:
        show()
    try:
        await asyncio.wait_for(boom(), 5)
    except ValueError:
        show()
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.1)
    except TimeoutError:
        show()
    t.cancel()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(slow())
    except* ValueError:
        show()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
    except ExceptionGroup as eg:
        print(portable(''.join(traceback.format_exception(eg))))
    for f in asyncio.as_completed([boom()]):
        try:
            await f
        except ValueError:
            show()
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.1, fut.set_exception, KeyError('k'))
    try:
        await fut
    except KeyError:
        show()
    g = asyncio.gather(slow(), slow())
    asyncio.get_running_loop().call_later(0.1, g.cancel)
    try:
        await g
    except asyncio.CancelledError:
        show()
asyncio.run(main())

# Tracebacks through asyncio's waits show CPython 3.11's frames: Queue get/put/join, Lock, Event, Condition, Semaphore, Barrier, sleep(0), callbacks (events.py _run), wait_for(timeout=0), shield, as_completed.
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
async def main():
    q = asyncio.Queue(1)
    try:
        await asyncio.wait_for(q.get(), 0.1)
    except TimeoutError:
        show()
    await q.put(1)
    try:
        await asyncio.wait_for(q.put(2), 0.1)
    except TimeoutError:
        show()
    try:
        await asyncio.wait_for(q.join(), 0.1)
    except TimeoutError:
        show()
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.1)
    except TimeoutError:
        show()
    try:
        async with asyncio.timeout(0.1):
            async with lock:
                pass
    except TimeoutError:
        show()
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except TimeoutError:
        show()
    cond = asyncio.Condition()
    try:
        async with cond:
            await asyncio.wait_for(cond.wait(), 0.1)
    except TimeoutError:
        show()
    try:
        async with cond:
            await asyncio.wait_for(cond.wait_for(lambda: False), 0.1)
    except TimeoutError:
        show()
    sem = asyncio.Semaphore(0)
    try:
        await asyncio.wait_for(sem.acquire(), 0.1)
    except TimeoutError:
        show()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        show()
asyncio.run(main())
async def slow():
    await asyncio.sleep(10)
async def spin():
    while True:
        await asyncio.sleep(0)
async def boom():
    raise ValueError('x')
def handler(loop, ctx):
    e = ctx.get('exception')
    print('handler', ctx['message'])
    if e is not None:
        print(portable(''.join(traceback.format_exception(e))))
def badcb():
    raise KeyError('cb')
async def main2():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(spin())
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel('stop it')
    try:
        await t
    except asyncio.CancelledError:
        show()
    loop.call_soon(badcb)
    await asyncio.sleep(0.1)
    sem = asyncio.Semaphore(0)
    try:
        async with asyncio.timeout(0.1):
            async with sem:
                pass
    except TimeoutError:
        show()
    cond = asyncio.Condition()
    try:
        async with asyncio.timeout(0.1):
            async with cond:
                await cond.wait()
    except TimeoutError:
        show()
    b = asyncio.Barrier(2)
    try:
        async with asyncio.timeout(0.1):
            await b.wait()
    except TimeoutError:
        show()
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    outer = asyncio.ensure_future(asyncio.shield(t))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        show()
    t.cancel()
    try:
        await asyncio.wait_for(slow(), 0)
    except TimeoutError:
        show()
    try:
        for f in asyncio.as_completed([slow()], timeout=0.1):
            await f
    except TimeoutError:
        show()
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    try:
        t.result()
    except asyncio.CancelledError:
        show()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            await asyncio.sleep(0.1)
            raise RuntimeError('body')
    except* RuntimeError:
        show()
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print('exc', t.exception().__traceback__ is not None)
    q = asyncio.Queue()
    async def worker():
        await q.get()
    w = asyncio.create_task(worker())
    await asyncio.sleep(0)
    w.cancel()
    res = await asyncio.gather(w, return_exceptions=True)
    print(portable(''.join(traceback.format_exception(res[0]))))
    try:
        async with asyncio.timeout(0.1):
            await asyncio.wait([asyncio.create_task(slow())])
    except TimeoutError:
        show()
    lk = asyncio.Lock()
    await lk.acquire()
    ev = asyncio.Event()
    async def waiter():
        async with lk:
            pass
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    try:
        w.result()
    except asyncio.CancelledError:
        show()
asyncio.run(main2())

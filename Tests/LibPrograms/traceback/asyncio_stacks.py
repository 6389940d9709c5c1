# traceback.extract_stack inside coroutines and loop callbacks shows CPython 3.11's asyncio frames (runners.py, base_events.py run_until_complete/run_forever/_run_once, events.py _run); asyncio.run and run_until_complete errors.
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
async def boom():
    raise ValueError('x')
def cb(tag):
    print(tag, stk())
async def main():
    print('main', stk())
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 'soon')
    loop.call_later(0.1, cb, 'later')
    await asyncio.sleep(0.2)
    async def child():
        print('child', stk())
    await asyncio.create_task(child())
    await asyncio.gather(child())
    await asyncio.wait_for(child(), 1)
    async with asyncio.timeout(1):
        print('tmo', stk())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
try:
    asyncio.run(boom())
except ValueError:
    show()
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(boom())
except ValueError:
    show()
loop.run_until_complete(main())
loop.close()
asyncio.run(main())

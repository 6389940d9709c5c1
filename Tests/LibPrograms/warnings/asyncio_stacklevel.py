# warnings.warn stacklevel from coroutines, tasks and call_soon callbacks counts CPython 3.11's asyncio frames (events.py _run, base_events.py, runners.py); format_stack/print_stack there.
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
def report(message, category, filename, lineno, file=None, line=None):
    print('W', category.__name__, message, os.path.basename(filename), lineno, repr(line))
warnings.showwarning = report
def cb(level):
    warnings.warn('cb%d' % level, stacklevel=level)
async def co(level):
    warnings.warn('co%d' % level, stacklevel=level)
async def main():
    loop = asyncio.get_running_loop()
    for lv in (1, 2, 3, 4, 5, 6, 7, 8):
        loop.call_soon(cb, lv)
        await asyncio.sleep(0)
    for lv in (1, 2, 3, 4, 5, 6, 7, 8, 9):
        await co(lv)
    for lv in (1, 2, 3, 4, 5, 6):
        await asyncio.create_task(co(lv))
    print(portable(''.join(traceback.format_stack(limit=3))))
    import io; buf = io.StringIO(); traceback.print_stack(limit=2, file=buf); print(portable(buf.getvalue()))
asyncio.run(main())

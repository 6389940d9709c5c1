# `from asyncio import *` exports CPython 3.11's names: TaskGroup is an
# attribute of asyncio but not in its __all__.
from asyncio import *
import asyncio

print('TaskGroup' in asyncio.__all__, hasattr(asyncio, 'TaskGroup'))
print('TaskGroup' in globals(), 'Runner' in globals(), 'timeout' in globals())
print(all(name in globals() for name in ('Queue', 'Lock', 'gather', 'sleep', 'Barrier', 'Timeout')))


async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(sleep(0.1, 'slept'))
    async with timeout(1):
        print(t.result(), await wait_for(sleep(0, 'waited'), 1))
    try:
        TaskGroup
    except NameError as e:
        print('NameError', e)


run(main())

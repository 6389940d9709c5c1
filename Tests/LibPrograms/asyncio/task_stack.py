# Task.get_stack()/print_stack(): the suspended coroutine's frame, a
# finished task's none ("No stack for"), a failed one's traceback frames.
import asyncio
import sys


async def worker(n):
    await asyncio.sleep(n)
    return n


async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    t = asyncio.create_task(worker(1), name="w1")
    await asyncio.sleep(0)
    stack = t.get_stack()
    print(len(stack), stack[0].f_code.co_name, stack[0].f_lineno)
    t.print_stack(file=sys.stdout)
    print(t.get_stack(limit=0))
    await t
    print(t.get_stack())
    t.print_stack(file=sys.stdout)
    f = asyncio.create_task(failing(), name="f")
    try:
        await f
    except ValueError:
        pass
    print([fr.f_code.co_name for fr in f.get_stack()
           if fr.f_code.co_filename.endswith('task_stack.py')])

asyncio.run(main())

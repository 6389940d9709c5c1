# Source: written for Interleave's corpus in the style of asyncio debugging notes (task reprs, names, all_tasks, done callbacks, stacks) (not from a public source)
# Adapted: nothing
import asyncio
import sys


async def child(n, gate):
    await gate.wait()
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise LookupError(f"child {n} lost")
    return n * 10


def describe(task):
    state = "done" if task.done() else "pending"
    extra = ""
    if task.done():
        if task.cancelled():
            extra = "cancelled"
        elif task.exception():
            extra = f"exc={task.exception()!r}"
        else:
            extra = f"result={task.result()}"
    return f"{task.get_name():<10} {state:<8} {extra}"


async def main():
    gate = asyncio.Event()
    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__qualname__, me.done(), me.cancelling())
    tasks = [asyncio.create_task(child(n, gate), name=f"child-{n}") for n in range(4)]
    tasks[3].set_name("renamed")
    unnamed = asyncio.create_task(asyncio.sleep(0.05))
    print(unnamed.get_name(), unnamed.get_coro().__name__)
    await asyncio.sleep(0)
    print(tasks[0])
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    fut = asyncio.get_running_loop().create_future()
    print(fut)
    fut.set_result([1, 2])
    print(fut, fut.done(), fut.result())
    fut2 = asyncio.get_running_loop().create_future()
    fut2.set_exception(ValueError("nope"))
    print(fut2)
    fut2.exception()
    cancelled = asyncio.get_running_loop().create_future()
    cancelled.cancel()
    print(cancelled, cancelled.cancelled())
    gate.set()
    tasks[1].cancel()
    await asyncio.wait(tasks)
    for t in tasks:
        print(describe(t))
    print(tasks[0])
    print(tasks[1])
    print(tasks[2])
    print(repr(tasks[2].exception()), type(tasks[2].exception()).__mro__)
    sleeper = asyncio.create_task(child(5, gate))
    await asyncio.sleep(0.01)
    stack = sleeper.get_stack()
    print(len(stack), stack[-1].f_code.co_name, stack[-1].f_lineno)
    sleeper.cancel()
    print(sys.getrecursionlimit() > 100, asyncio.get_running_loop().get_debug())
    done_order = []

    async def quick(label, delay):
        await asyncio.sleep(delay)
        return label

    jobs = [asyncio.create_task(quick(c, d)) for c, d in [("c", 0.3), ("a", 0.1), ("b", 0.2)]]
    for j in jobs:
        j.add_done_callback(lambda t: done_order.append(t.result()))
    for coro in asyncio.as_completed(jobs):
        print("as_completed ->", await coro)
    await asyncio.sleep(0)
    print(done_order, unnamed.done())


asyncio.run(main())

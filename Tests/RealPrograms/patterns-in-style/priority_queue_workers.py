# Source: written for Interleave's corpus in the style of asyncio.PriorityQueue worker tutorials (not from a public source)
# Adapted: nothing
import asyncio
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)


async def worker(name, queue: asyncio.PriorityQueue):
    while True:
        entry = await queue.get()
        if entry.item is None:
            queue.task_done()
            print(f"{name} exiting")
            break
        print(f"{name} handles {entry.item} (priority {entry.priority})")
        await asyncio.sleep(0.1)
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for prio, item in [(5, "low"), (1, "urgent"), (3, "normal"), (1, "urgent-2"), (4, "meh")]:
        queue.put_nowait(PrioritizedItem(prio, item))
    workers = [asyncio.create_task(worker(f"worker-{i}", queue)) for i in range(2)]
    await queue.join()
    for _ in workers:
        await queue.put(PrioritizedItem(99, None))
    await asyncio.gather(*workers)

    lifo = asyncio.LifoQueue(maxsize=2)
    await lifo.put("a")
    await lifo.put("b")
    print("full:", lifo.full())
    try:
        lifo.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print(lifo.get_nowait(), lifo.get_nowait())
    try:
        lifo.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    q = asyncio.Queue()
    print(repr(q).split(' at ')[0], q.maxsize, q.empty())


asyncio.run(main())

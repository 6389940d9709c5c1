# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_12/listing12_5.py
# (listings of "Python Concurrency with Asyncio" by Matthew Fowler, typed in by GitHub user horw).
# Adapted: nothing; the file is unmodified below this header.
import asyncio
from asyncio import Queue, PriorityQueue
from typing import Tuple


async def worker(queue: Queue):
    while not queue.empty():
        work_item: Tuple[int, str] = await queue.get()
        print(f'Processing work item {work_item}')
        queue.task_done()

async def main():
    priority_queue = PriorityQueue()

    work_items = [(3, 'Lowest priority'),
                  (2, 'Medium priority'),
                  (1, 'High priority')]

    worker_task = asyncio.create_task(worker(priority_queue))

    for work in work_items:
        priority_queue.put_nowait(work)

    await asyncio.gather(priority_queue.join(), worker_task)

asyncio.get_event_loop().run_until_complete(main())

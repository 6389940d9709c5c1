# Source: https://github.com/tony/learning-asyncio/blob/70d3180990dd1460ce9e8014c5a082b82a8fb614/src/010_queue.py
# ("Learning asyncio" lessons) by Tony Narlock.
# Adapted: nothing; the file is unmodified below this header.
#!/usr/bin/env python
"""
Queue-Based Producer-Consumer Patterns.

Context
-------
This lesson demonstrates how to implement producer-consumer patterns using
`asyncio.Queue`. Queues provide a safe, built-in way to transfer data between
coroutines without manual synchronization. By using an `asyncio.Queue`, we can
have multiple producers enqueueing items and multiple consumers dequeuing them,
all concurrently. As workloads grow, we can easily scale up the number of
producers and consumers to handle larger demands.

Summary
-------
- Introduce `asyncio.Queue` for producer-consumer communication.
- Show how multiple producers and consumers can run concurrently, feeding and
  draining the queue.
- Understand how queues simplify synchronization in asynchronous workflows.
- Connect back to `src/007_task_groups.py` for orchestrating producer and
  consumer lifetimes with structured supervision.

Official Documentation:
- https://docs.python.org/3/library/asyncio-queue.html

Doctest Notes:
- Due to concurrency, the exact sequence of produced and consumed items may vary.
- We will use ellipses in each line of the doctest output to allow for any
  order of production and consumption.
- The key is that there will be four "Produced" lines and four
  "Consumed by ..." lines, but their interleaving may differ.
"""

import asyncio


async def producer(
    queue: asyncio.Queue[tuple[int, int] | None],
    n: int,
    producer_id: int,
) -> None:
    """Produce items and put them into the queue."""
    for i in range(n):
        await asyncio.sleep(0.001)  # Simulate production time
        item = (producer_id, i)
        await queue.put(item)
        print(f"Produced {item}")


async def consumer(
    queue: asyncio.Queue[tuple[int, int] | None],
    consumer_id: int,
) -> None:
    """Consume items from the queue until None is received."""
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        await asyncio.sleep(0.001)  # Simulate consumption time
        print(f"Consumed by {consumer_id}: {item}")
        queue.task_done()


async def main() -> None:
    """
    Run the main demonstration for this lesson.

    Creates multiple producers and consumers. A TaskGroup supervisor keeps the
    producers, sentinel dispatcher, and consumers running together. After all
    producers finish, sentinels (None) signal consumers to stop. The output
    lines may appear in various orders due to concurrency.

    Examples
    --------
    >>> asyncio.run(main())  # doctest: +ELLIPSIS
    Produced ...
    Produced ...
    Produced ...
    Produced ...
    Consumed by ...
    Consumed by ...
    Consumed by ...
    Consumed by ...
    """
    # Updated queue annotation to accept tuples or None
    queue: asyncio.Queue[tuple[int, int] | None] = asyncio.Queue()

    producer_count = 2
    consumer_count = 2
    items_per_producer = 2

    producers_done = asyncio.Event()

    async def run_producers() -> None:
        async with asyncio.TaskGroup() as group:
            for pid in range(producer_count):
                group.create_task(producer(queue, items_per_producer, pid))
        producers_done.set()

    async def dispatch_sentinels() -> None:
        await producers_done.wait()
        for _ in range(consumer_count):
            await queue.put(None)

    async def run_consumers() -> None:
        async with asyncio.TaskGroup() as group:
            for cid in range(consumer_count):
                group.create_task(consumer(queue, cid))

    async with asyncio.TaskGroup() as supervisor:
        supervisor.create_task(run_producers())
        supervisor.create_task(dispatch_sentinels())
        supervisor.create_task(run_consumers())


if __name__ == "__main__":
    asyncio.run(main())

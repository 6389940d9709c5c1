# Source: written for Interleave's corpus in the style of asyncio tutorials' producer/consumer example (not from a public source)
# Adapted: nothing
import asyncio
import random

random.seed(7)


async def producer(name: str, queue: asyncio.Queue, n: int) -> None:
    for i in range(n):
        item = f"{name}-item{i}"
        await asyncio.sleep(random.uniform(0.05, 0.2))
        await queue.put(item)
        print(f"[{name}] produced {item} (queue size={queue.qsize()})")


async def consumer(name: str, queue: asyncio.Queue, results: list) -> None:
    while True:
        item = await queue.get()
        try:
            await asyncio.sleep(random.uniform(0.1, 0.3))
            results.append((name, item))
            print(f"    [{name}] consumed {item}")
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue(maxsize=3)
    results: list[tuple[str, str]] = []
    producers = [asyncio.create_task(producer(f"P{i}", queue, 4)) for i in range(2)]
    consumers = [asyncio.create_task(consumer(f"C{i}", queue, results)) for i in range(3)]
    await asyncio.gather(*producers)
    print("producers finished, waiting for queue to drain")
    await queue.join()
    for c in consumers:
        c.cancel()
    outcomes = await asyncio.gather(*consumers, return_exceptions=True)
    print("consumer outcomes:", [type(o).__name__ for o in outcomes])
    per_consumer = {}
    for name, _ in results:
        per_consumer[name] = per_consumer.get(name, 0) + 1
    print("processed per consumer:", dict(sorted(per_consumer.items())))
    print("total:", len(results))


if __name__ == "__main__":
    asyncio.run(main())

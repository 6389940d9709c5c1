# Queues
# Producers put work into an asyncio.Queue; consumers take it; join() waits until every item is done.
import asyncio


async def producer(queue, name, count):
    for i in range(count):
        await queue.put(f"{name}-{i}")
        print(f"{name} put item {i} (size {queue.qsize()})")
        await asyncio.sleep(1)


async def consumer(queue, name):
    while True:
        item = await queue.get()
        print(f"{name} handles {item}")
        await asyncio.sleep(2)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(queue, f"c{i}")) for i in range(2)]
    await asyncio.gather(producer(queue, "p1", 3), producer(queue, "p2", 2))
    await queue.join()
    for task in consumers:
        task.cancel()
    print("all work done at t =", asyncio.get_running_loop().time())


asyncio.run(main())

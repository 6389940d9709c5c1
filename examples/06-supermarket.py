# The supermarket: async generators and asyncio.wait
# Customers arrive from an async generator; checkouts serve them concurrently and asyncio.wait collects them.
import asyncio
import random

random.seed(7)


async def customers(count):
    for number in range(1, count + 1):
        await asyncio.sleep(random.randint(0, 2))
        yield f"customer {number}", random.randint(1, 4)


async def checkout(name, items):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():4.0f}s {name} starts paying for {items} items")
    await asyncio.sleep(items)
    print(f"{loop.time():4.0f}s {name} leaves")
    return name


async def main():
    pending = set()
    async for name, items in customers(5):
        pending.add(asyncio.create_task(checkout(name, items)))
    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print("served:", sorted(task.result() for task in done))
    print("still waiting:", len(pending))


asyncio.run(main())

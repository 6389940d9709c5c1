# Tasks and gather
# create_task starts coroutines concurrently; gather waits for all of them and keeps their order.
import asyncio


async def fetch(name, delay):
    print(f"{name}: start")
    await asyncio.sleep(delay)
    print(f"{name}: done after {delay}s")
    return f"{name}-result"


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(fetch("background", 2))
    results = await asyncio.gather(fetch("slow", 3), fetch("fast", 1))
    print("gather:", results)
    print("task:", await task)
    print("total virtual time:", loop.time())


asyncio.run(main())

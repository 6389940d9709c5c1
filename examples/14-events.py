# Events
# Tasks wait on an asyncio.Event until another task sets it, then all of them wake.
import asyncio


async def runner(name, start):
    print(f"{name} on the line")
    await start.wait()
    print(f"{name} runs at t = {asyncio.get_running_loop().time()}")


async def starter(start):
    await asyncio.sleep(3)
    print("bang!")
    start.set()


async def main():
    start = asyncio.Event()
    await asyncio.gather(runner("ann", start), runner("ben", start), starter(start))
    print("event is set:", start.is_set())


asyncio.run(main())

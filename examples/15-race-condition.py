# A race condition: the racy counter
# Read, await, write: two tasks interleave between the read and the write and an update is lost. Try the random policy.
import asyncio

counter = 0


async def increment(name, times):
    global counter
    for _ in range(times):
        current = counter
        await asyncio.sleep(0)  # a switch point between read and write
        counter = current + 1
    print(f"{name} finished")


async def main():
    await asyncio.gather(increment("a", 3), increment("b", 3))
    print("expected 6, got", counter)


asyncio.run(main())

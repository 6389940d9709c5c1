# A deadlock
# Two tasks take two locks in opposite order; each waits for the lock the other holds, forever.
import asyncio


async def transfer(name, first, second):
    async with first:
        print(f"{name} holds its first lock")
        await asyncio.sleep(1)
        print(f"{name} waits for its second lock")
        async with second:
            print(f"{name} got both (never printed)")


async def main():
    a = asyncio.Lock()
    b = asyncio.Lock()
    await asyncio.gather(transfer("left", a, b), transfer("right", b, a))


asyncio.run(main())

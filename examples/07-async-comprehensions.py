# Async comprehensions
# async for and await inside list, set and dict comprehensions.
import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(1)
        yield i


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    evens = [i async for i in ticker(6) if i % 2 == 0]
    print("evens:", evens)
    squares = [await square(i) for i in range(4)]
    print("squares:", squares)
    table = {i: await square(i) async for i in ticker(3)}
    print("table:", table)
    print("elapsed virtual seconds:", asyncio.get_running_loop().time())


asyncio.run(main())

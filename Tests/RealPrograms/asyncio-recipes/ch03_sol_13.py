# Source: https://github.com/Apress/asyncio-recipes/blob/f078242d4380407e483236695ebc49f3faf09e7f/chapter_03/sol_13.py
# ("asyncio Recipes", Apress 2019) by Mohamed Mustapha Tahrioui.
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def execute_on(condition, coro, predicate):
    async with condition:
        await condition.wait_for(predicate)
        await coro


async def print_coro(text):
    print(text)


async def worker(numbers):
    while numbers:
        print("Numbers:", numbers)
        numbers.pop()
        await asyncio.sleep(0.25)


async def main():
    numbers = list(range(10))
    condition = asyncio.Condition()
    is_empty = lambda: not numbers
    await worker(numbers)
    await execute_on(condition, print_coro("Finished!"), is_empty)


asyncio.run(main())

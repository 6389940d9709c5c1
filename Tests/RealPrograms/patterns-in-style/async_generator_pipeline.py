# Source: written for Interleave's corpus in the style of "async generator pipelines" articles (not from a public source)
# Adapted: nothing
import asyncio
from typing import AsyncIterator


async def numbers(limit: int) -> AsyncIterator[int]:
    for i in range(limit):
        await asyncio.sleep(0.01)
        yield i


async def square(source: AsyncIterator[int]) -> AsyncIterator[int]:
    async for n in source:
        yield n * n


async def only_even(source: AsyncIterator[int]) -> AsyncIterator[int]:
    async for n in source:
        if n % 2 == 0:
            yield n


async def batched(source: AsyncIterator[int], size: int) -> AsyncIterator[list[int]]:
    batch = []
    async for n in source:
        batch.append(n)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def ticker(delay: float, to: int):
    try:
        for i in range(to):
            yield i
            await asyncio.sleep(delay)
    finally:
        print("ticker: cleanup ran")


async def main():
    async for batch in batched(only_even(square(numbers(15))), 3):
        print("batch:", batch)

    total = sum([x async for x in square(numbers(5))])
    print("sum of squares:", total)

    gen = ticker(0.1, 100)
    async for value in gen:
        if value == 3:
            break
    await gen.aclose()
    print("ticker closed")

    agen = numbers(3)
    print(await agen.__anext__(), await anext(agen), await anext(agen))
    print(await anext(agen, "exhausted"))
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("StopAsyncIteration raised")


asyncio.run(main())

# Source: https://github.com/realpython/materials/blob/7ecc7c477823e8f0a5ea3573b91c1d06c8ac4853/python-iterators-iterables/async_iter.py
# (Real Python, https://realpython.com/python-iterators-iterables/).
# Adapted: seeded the random generator (line marked "adapted") so the run is reproducible.
import asyncio
from random import randint, seed

seed(7)  # adapted


class AsyncIterable:
    def __init__(self, stop):
        self.stop = stop
        self.index = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.index >= self.stop:
            raise StopAsyncIteration
        await asyncio.sleep(value := randint(1, 3))
        self.index += 1
        return value


async def main():
    async for num in AsyncIterable(4):
        print(num)


asyncio.run(main())

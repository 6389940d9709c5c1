# Source: https://github.com/realpython/materials/blob/7ecc7c477823e8f0a5ea3573b91c1d06c8ac4853/python-async-iterators/async_range_v3.py
# (Real Python, https://realpython.com/python-async-iterators/).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def async_range(start, end):
    for i in range(start, end):
        await asyncio.sleep(0.5)
        yield i


async def main():
    async for i in async_range(0, 5):
        print(i)


asyncio.run(main())

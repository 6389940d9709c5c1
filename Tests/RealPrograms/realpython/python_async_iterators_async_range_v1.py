# Source: https://github.com/realpython/materials/blob/7ecc7c477823e8f0a5ea3573b91c1d06c8ac4853/python-async-iterators/async_range_v1.py
# (Real Python, https://realpython.com/python-async-iterators/).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


class AsyncRange:
    def __init__(self, start, end):
        self.start = start
        self.end = end

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.start < self.end:
            await asyncio.sleep(0.5)
            value = self.start
            self.start += 1
            return value
        else:
            raise StopAsyncIteration


async def main():
    async for i in AsyncRange(0, 5):
        print(i)


asyncio.run(main())

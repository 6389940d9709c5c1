# Source: https://github.com/realpython/materials/blob/7ecc7c477823e8f0a5ea3573b91c1d06c8ac4853/python-for-loop/async_range.py
# (Real Python, https://realpython.com/python-for-loop/).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


class AsyncRange:
    def __init__(self, start, end):
        self.data = range(start, end)

    async def __aiter__(self):
        for index in self.data:
            await asyncio.sleep(0.5)
            yield index


async def main():
    async for index in AsyncRange(0, 5):
        print(index)


asyncio.run(main())

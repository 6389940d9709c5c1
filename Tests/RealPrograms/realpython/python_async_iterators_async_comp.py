# Source: https://github.com/realpython/materials/blob/7ecc7c477823e8f0a5ea3573b91c1d06c8ac4853/python-async-iterators/async_comp.py
# (Real Python, https://realpython.com/python-async-iterators/).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def async_range(start, end):
    for i in range(start, end):
        await asyncio.sleep(0.2)
        yield i


async def main():
    number_list = [i async for i in async_range(0, 5)]
    number_dict = {i: str(i) async for i in async_range(0, 5)}
    print(number_list)
    print(number_dict)


asyncio.run(main())

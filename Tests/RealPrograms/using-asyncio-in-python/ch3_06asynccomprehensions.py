# Source: https://github.com/renyalvarado/Using-Asyncio-in-Python---Exercises/blob/f558eb72fd30ed88aa8ccf88c2b601bd7c3995dc/using_asyncio/chapter03/06asynccomprehensions.py
# Examples of "Using Asyncio in Python" by Caleb Hattingh (O'Reilly 2020), as typed in by Reny Alvarado while studying the book.
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def doubler(n):
    for i in range(n):
        yield i, i * 2
        await asyncio.sleep(1.0)


async def main():
    result = [x async for x in doubler(3)]
    print(result)
    result = {x: y async for x, y in doubler(3)}
    print(result)
    result = {x async for x in doubler(3)}
    print(result)


asyncio.run(main())

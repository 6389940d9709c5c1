# Source: https://github.com/ralphribeiro/using-asyncio-in-python/blob/0eb1a72066334c627418499a25aecdca99db854f/src/chapter%203/ex7.py
# Examples of "Using Asyncio in Python" by Caleb Hattingh (O'Reilly 2020), as typed in by Ralph Ribeiro while studying the book.
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def f():
    await asyncio.sleep(1.0)
    return 123


async def main():
    # Calling f() produces a coroutine; this means we are allowed to await it.
    # The value of the result variable will be 123 when f() completes.
    result = await f()
    return result

ret = asyncio.run(main())
print(ret)
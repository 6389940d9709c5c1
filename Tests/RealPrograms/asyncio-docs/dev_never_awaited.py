# Source: https://docs.python.org/3.11/library/asyncio-dev.html#detect-never-awaited-coroutines
# (the asyncio documentation of CPython 3.11, Python Software Foundation).
# Adapted: nothing; the example is unmodified below this header.
import asyncio

async def test():
    print("never scheduled")

async def main():
    test()

asyncio.run(main())

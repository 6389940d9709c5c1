# Source: https://docs.python.org/3.11/library/asyncio-dev.html#detect-never-retrieved-exceptions
# (the asyncio documentation of CPython 3.11, Python Software Foundation).
# Adapted: nothing; the example is unmodified below this header.
import asyncio

async def bug():
    raise Exception("not consumed")

async def main():
    asyncio.create_task(bug())

asyncio.run(main())

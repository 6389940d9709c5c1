# Source: https://docs.python.org/3.11/library/asyncio-task.html#awaitables
# (the asyncio documentation of CPython 3.11, Python Software Foundation).
# Adapted: nothing; the example is unmodified below this header.
import asyncio

async def nested():
    return 42

async def main():
    # Schedule nested() to run soon concurrently
    # with "main()".
    task = asyncio.create_task(nested())

    # "task" can now be used to cancel "nested()", or
    # can simply be awaited to wait until it is complete:
    await task

asyncio.run(main())

# Source: https://github.com/Kishan-Thanki/Python/blob/8469ffa57e2229318c9e427958a62f80079b919e/23_Python_Concurrency_and_Parallelism_Processes/01_Asyncio/09_locks.py
# (a Python tutorial's asyncio chapter) by Kishan Thanki.
# Adapted: nothing; the file is unmodified below this header.
"""
================================================================================
LOCKS — PROTECT SHARED STATE
================================================================================
"""

import asyncio

counter = 0
lock = asyncio.Lock()


async def increment() -> None:
    global counter
    async with lock:
        temp = counter
        await asyncio.sleep(1)
        counter = temp + 1
        print(counter)


async def main() -> None:
    await asyncio.gather(*(increment() for _ in range(5)))


asyncio.run(main())

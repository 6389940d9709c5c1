# Source: https://github.com/Kishan-Thanki/Python/blob/8469ffa57e2229318c9e427958a62f80079b919e/23_Python_Concurrency_and_Parallelism_Processes/01_Asyncio/10_semaphores.py
# (a Python tutorial's asyncio chapter) by Kishan Thanki.
# Adapted: nothing; the file is unmodified below this header.
"""
================================================================================
SEMAPHORES — LIMIT CONCURRENCY
================================================================================
"""

import asyncio


async def access(sem: asyncio.Semaphore, i: int) -> None:
    async with sem:
        print(f"Accessing {i}")
        await asyncio.sleep(1)


async def main() -> None:
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(access(sem, i) for i in range(5)))


asyncio.run(main())

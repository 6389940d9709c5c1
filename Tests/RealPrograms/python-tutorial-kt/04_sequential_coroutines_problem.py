# Source: https://github.com/Kishan-Thanki/Python/blob/8469ffa57e2229318c9e427958a62f80079b919e/23_Python_Concurrency_and_Parallelism_Processes/01_Asyncio/04_sequential_coroutines_problem.py
# (a Python tutorial's asyncio chapter) by Kishan Thanki.
# Adapted: nothing; the file is unmodified below this header.
"""
================================================================================
PROBLEM: ASYNC ≠ CONCURRENT BY DEFAULT
================================================================================
"""

import asyncio


async def fetch(id: int, delay: int) -> None:
    print(f"Fetching {id}")
    await asyncio.sleep(delay)
    print(f"Fetched {id}")


async def main() -> None:
    await fetch(1, 2)
    await fetch(2, 2)


asyncio.run(main())

"""
Total time ≈ 4 seconds
WHY? Each coroutine is awaited sequentially.
"""

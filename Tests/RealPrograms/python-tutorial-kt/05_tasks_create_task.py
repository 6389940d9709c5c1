# Source: https://github.com/Kishan-Thanki/Python/blob/8469ffa57e2229318c9e427958a62f80079b919e/23_Python_Concurrency_and_Parallelism_Processes/01_Asyncio/05_tasks_create_task.py
# (a Python tutorial's asyncio chapter) by Kishan Thanki.
# Adapted: nothing; the file is unmodified below this header.
"""
================================================================================
TASKS — TRUE CONCURRENCY BEGINS HERE
================================================================================
"""

import asyncio


async def fetch(id: int, delay: int) -> None:
    print(f"Fetching {id}")
    await asyncio.sleep(delay)
    print(f"Fetched {id}")


async def main() -> None:
    t1 = asyncio.create_task(fetch(1, 2))
    t2 = asyncio.create_task(fetch(2, 2))

    await t1
    await t2


asyncio.run(main())

"""
Total time ≈ 2 seconds
Tasks start immediately when scheduled.
"""

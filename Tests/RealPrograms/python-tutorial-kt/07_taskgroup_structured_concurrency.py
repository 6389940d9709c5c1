# Source: https://github.com/Kishan-Thanki/Python/blob/8469ffa57e2229318c9e427958a62f80079b919e/23_Python_Concurrency_and_Parallelism_Processes/01_Asyncio/07_taskgroup_structured_concurrency.py
# (a Python tutorial's asyncio chapter) by Kishan Thanki.
# Adapted: nothing; the file is unmodified below this header.
"""
================================================================================
TASKGROUP — STRUCTURED CONCURRENCY (Python 3.11+)
================================================================================
"""

import asyncio


async def fetch(id: int, delay: int) -> str:
    await asyncio.sleep(delay)
    return f"Data-{id}"


async def main() -> None:
    tasks = []

    async with asyncio.TaskGroup() as tg:
        for i, d in [(1, 2), (2, 1), (3, 3)]:
            tasks.append(tg.create_task(fetch(i, d)))

    for task in tasks:
        print(task.result())


asyncio.run(main())

# ✔ Automatic cancellation
# ✔ Clean error propagation
# Source: https://github.com/Kishan-Thanki/Python/blob/8469ffa57e2229318c9e427958a62f80079b919e/23_Python_Concurrency_and_Parallelism_Processes/01_Asyncio/06_gather.py
# (a Python tutorial's asyncio chapter) by Kishan Thanki.
# Adapted: nothing; the file is unmodified below this header.
"""
================================================================================
GATHER — CONCURRENT EXECUTION + RESULT COLLECTION
================================================================================
"""

import asyncio


async def fetch(id: int, delay: int) -> str:
    await asyncio.sleep(delay)
    return f"Data-{id}"


async def main() -> None:
    results = await asyncio.gather(
        fetch(1, 2),
        fetch(2, 1),
        fetch(3, 3),
    )

    print(results)


asyncio.run(main())


# ⚠️ Note: gather has weak error handling
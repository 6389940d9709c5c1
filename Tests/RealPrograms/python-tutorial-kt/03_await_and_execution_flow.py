# Source: https://github.com/Kishan-Thanki/Python/blob/8469ffa57e2229318c9e427958a62f80079b919e/23_Python_Concurrency_and_Parallelism_Processes/01_Asyncio/03_await_and_execution_flow.py
# (a Python tutorial's asyncio chapter) by Kishan Thanki.
# Adapted: nothing; the file is unmodified below this header.
"""
================================================================================
`await` — PAUSING EXECUTION
================================================================================
"""

import asyncio


async def fetch_data() -> str:
    print("Fetching data...")
    await asyncio.sleep(2)
    print("Data fetched")
    return "DATA"


async def main() -> None:
    print("Start main")
    result = await fetch_data()
    print("Result:", result)
    print("End main")


asyncio.run(main())

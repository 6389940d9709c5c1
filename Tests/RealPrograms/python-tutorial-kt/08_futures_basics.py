# Source: https://github.com/Kishan-Thanki/Python/blob/8469ffa57e2229318c9e427958a62f80079b919e/23_Python_Concurrency_and_Parallelism_Processes/01_Asyncio/08_futures_basics.py
# (a Python tutorial's asyncio chapter) by Kishan Thanki.
# Adapted: nothing; the file is unmodified below this header.
"""
================================================================================
FUTURES — PROMISE OF A RESULT
================================================================================
"""

import asyncio


async def set_future(future: asyncio.Future) -> None:
    await asyncio.sleep(2)
    future.set_result("Future Result")


async def main() -> None:
    loop = asyncio.get_running_loop()
    future = loop.create_future()

    asyncio.create_task(set_future(future))

    result = await future
    print(result)


asyncio.run(main())

# Usually used by libraries, not user code
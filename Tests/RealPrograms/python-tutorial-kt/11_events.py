# Source: https://github.com/Kishan-Thanki/Python/blob/8469ffa57e2229318c9e427958a62f80079b919e/23_Python_Concurrency_and_Parallelism_Processes/01_Asyncio/11_events.py
# (a Python tutorial's asyncio chapter) by Kishan Thanki.
# Adapted: nothing; the file is unmodified below this header.
"""
================================================================================
EVENTS — SIMPLE COORDINATION SIGNAL
================================================================================
"""

import asyncio


async def waiter(event: asyncio.Event) -> None:
    print("Waiting...")
    await event.wait()
    print("Event received!")


async def setter(event: asyncio.Event) -> None:
    await asyncio.sleep(2)
    event.set()


async def main() -> None:
    event = asyncio.Event()
    await asyncio.gather(waiter(event), setter(event))


asyncio.run(main())

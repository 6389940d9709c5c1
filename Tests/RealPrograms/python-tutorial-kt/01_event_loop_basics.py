# Source: https://github.com/Kishan-Thanki/Python/blob/8469ffa57e2229318c9e427958a62f80079b919e/23_Python_Concurrency_and_Parallelism_Processes/01_Asyncio/01_event_loop_basics.py
# (a Python tutorial's asyncio chapter) by Kishan Thanki.
# Adapted: nothing; the file is unmodified below this header.
"""
================================================================================
EVENT LOOP — THE HEART OF ASYNCIO
================================================================================

The event loop:
- Schedules tasks
- Pauses tasks at `await`
- Resumes tasks when I/O completes
"""

import asyncio


async def demo_task(name: str, delay: int) -> None:
    print(f"[{name}] started")
    await asyncio.sleep(delay)
    print(f"[{name}] finished")


async def main() -> None:
    print("Event loop started")
    await demo_task("A", 2)
    await demo_task("B", 1)
    print("Event loop finished")


if __name__ == "__main__":
    asyncio.run(main())

# Still sequential — important to notice
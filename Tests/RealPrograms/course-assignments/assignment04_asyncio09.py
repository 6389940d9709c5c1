# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment04/asyncio09.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
# cancel task
import asyncio

async def slow_task():
    await asyncio.sleep(3)


async def main():
    task = asyncio.create_task(slow_task())
    print("Cancelling in 1 second")
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("Task has been cancelled.")

asyncio.run(main())
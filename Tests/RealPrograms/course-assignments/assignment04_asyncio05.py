# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment04/asyncio05.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
# Check if a Task is Done
import asyncio

async def simple_task():
    await asyncio.sleep(1)
    return "finished!"

async def main():
    task = asyncio.create_task(simple_task())
    print("before await:", task.done())
    await task
    print("after await:", task.done())

asyncio.run(main())
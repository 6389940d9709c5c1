# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment09/taskgroup01.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def task1():
    print("Hello from coroutine 1")
    await asyncio.sleep(1)

async def task2():
    print("Hello from coroutine 2")
    await asyncio.sleep(1)

async def task3():
    print("Hello from coroutine 3")
    await asyncio.sleep(1)

async def main():
    async with asyncio.TaskGroup() as group:
        group.create_task(task1())
        group.create_task(task2())
        group.create_task(task3())
    print("Done")

asyncio.run(main())
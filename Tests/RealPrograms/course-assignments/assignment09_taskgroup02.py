# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment09/taskgroup02.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def task(value):
    await asyncio.sleep(1)

    return value * 100

async def main():
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(task(i)) for i in range(1, 10)]
    for t in tasks:
        print(t.result())

asyncio.run(main())

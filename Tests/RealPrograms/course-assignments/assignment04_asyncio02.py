# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment04/asyncio02.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
# Create 1 Task with High-Level API
import asyncio

async def do_stuff():
    print("working on it..")
    await asyncio.sleep(2)
    print("worked on it.")

async def main():
    task = asyncio.create_task(do_stuff())
    await task

asyncio.run(main())
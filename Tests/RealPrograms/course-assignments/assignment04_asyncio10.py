# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment04/asyncio10.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
# call back task
import asyncio

async def simple_task():
    await asyncio.sleep(1)
    return "we finished!"

def on_done(task):
    print("Callback: ", task.result())

async def main():
    task = asyncio.create_task(simple_task())
    task.add_done_callback(on_done)
    await task

asyncio.run(main())
# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment04/asyncio08.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
# get Exception
import asyncio

async def error_task():
    await asyncio.sleep(1)
    raise ValueError("Error happened.")

async def main():
    task = asyncio.create_task(error_task())
    try:
        await task
    except Exception:
        print("Exception that happened:", task.exception())

asyncio.run(main())
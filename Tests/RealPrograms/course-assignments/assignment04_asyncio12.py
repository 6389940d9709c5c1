# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment04/asyncio12.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
# current task
import asyncio

async def show_current():
    current = asyncio.current_task()
    print("Task right now: ", current.get_name())

async def main():
    await show_current()

asyncio.run(main())
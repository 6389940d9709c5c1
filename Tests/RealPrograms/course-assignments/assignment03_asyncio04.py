# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment03/asyncio04.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
# Starting task
import asyncio

async def greet():
    print("Hello")
    await asyncio.sleep(1)
    print("World")

asyncio.run(greet())
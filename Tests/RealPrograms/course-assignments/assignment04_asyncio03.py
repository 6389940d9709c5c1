# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment04/asyncio03.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
# Create 2 Tasks with High-Level API
import asyncio

async def get_image(name, delay):
    print(f"{name} is being downloaded")
    await asyncio.sleep(delay)
    print(f"{name} finished downloading")

async def main():
    task1 = asyncio.create_task(get_image("photo 1", 2))
    task2 = asyncio.create_task(get_image("photo 2", 3))

    await task1
    await task2

asyncio.run(main())
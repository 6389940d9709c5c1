# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment03/asyncio02.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
# example of running a coroutine
import asyncio

async def custom_coro():
    
    await asyncio.sleep(1)

async def main():

    await custom_coro()

asyncio.run(main())

# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment-interrim/no-await02.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
import asyncio, time

async def worker_error():
    print(f"{time.ctime()} [worker_error] Start!")
    await asyncio.sleep(1)
    raise ValueError("Boom!")

async def main():
    asyncio.create_task(worker_error())
    await asyncio.sleep(2)

asyncio.run(main())
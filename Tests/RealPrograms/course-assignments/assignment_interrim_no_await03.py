# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment-interrim/no-await03.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
import asyncio, time

async def worker_long():
    print(f'{time.ctime()} [worker_long] is working.')
    try:
        await asyncio.sleep(5)
        print(f'{time.ctime()} [worker_long] worked.')
    except asyncio.CancelledError:
        print(f'{time.ctime()} [worker_long] has been cancelled!')

async def main():
    print(f'{time.ctime()} starting da loop..')
    asyncio.create_task(worker_long())
    await asyncio.sleep(1)
    print(f'{time.ctime()} loop finnished')

asyncio.run(main())
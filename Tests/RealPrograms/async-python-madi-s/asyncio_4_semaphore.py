# Source: https://github.com/Madi-S/Async-Python/blob/10526f6de90119e5cffa25c011070b1acfc396ba/2%20Asyncio/2%20Sync%20Primitives%20%26%20Data%20Transfer/4_semaphore.py
# (an async Python course: asyncio entities, sync primitives) by Madi-S.
# Adapted: nothing; the file is unmodified below this header.
import time
import asyncio


class Query:
    async def execute(self):
        await asyncio.sleep(1)


class PGStore:
    def __init__(self):
        # limited concurrent access to the resources
        self._sem = asyncio.Semaphore(2)
        self._init_time = time.time()

    async def execute_request(self, query):
        # every use of this context manager will reduce
        # semaphore counter and once counter = 0
        # coroutines that were not executed will be blocked

        async with self._sem:
            print(f'{time.time() - self._init_time}s request was started')
            await query.execute()
            print(f'{time.time() - self._init_time}s request was handled')


async def main():
    store = PGStore()
    coros = [store.execute_request(Query()) for _ in range(100)]

    await asyncio.gather(*coros)


if __name__ == '__main__':
    asyncio.run(main())

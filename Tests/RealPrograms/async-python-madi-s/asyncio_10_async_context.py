# Source: https://github.com/Madi-S/Async-Python/blob/10526f6de90119e5cffa25c011070b1acfc396ba/2%20Asyncio/1%20Asyncio%20Entities/10_async_context.py
# (an async Python course: asyncio entities, sync primitives) by Madi-S.
# Adapted: nothing; the file is unmodified below this header.
import asyncio
import time
import typing


async def action():
    print(f'{time.time()}: start sleep')
    await asyncio.sleep(1)
    print(f'{time.time()}: end sleep')


class AsyncContextManager:
    async def __aenter__(self):
        print(f'{time.time()}: __aenter__')
        await asyncio.sleep(1)

    async def __aexit__(self, *_):
        print(f'{time.time()}: __aexit__')
        await action()


async def main():
    async with AsyncContextManager() as acm:
        pass

    await asyncio.sleep(3)


if __name__ == '__main__':
    asyncio.run(main())

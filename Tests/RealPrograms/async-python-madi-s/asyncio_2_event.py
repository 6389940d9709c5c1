# Source: https://github.com/Madi-S/Async-Python/blob/10526f6de90119e5cffa25c011070b1acfc396ba/2%20Asyncio/2%20Sync%20Primitives%20%26%20Data%20Transfer/2_event.py
# (an async Python course: asyncio entities, sync primitives) by Madi-S.
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def wait_and_set(event: asyncio.Event):
    await asyncio.sleep(1)
    event.set()


async def run():
    event = asyncio.Event()
    asyncio.create_task(wait_and_set(event))
    await event.wait()


if __name__ == '__main__':
    asyncio.run(run())
    print('Finish')

# Source: https://github.com/Madi-S/Async-Python/blob/10526f6de90119e5cffa25c011070b1acfc396ba/2%20Asyncio/1%20Asyncio%20Entities/7_safe_cancel_tasks.py
# (an async Python course: asyncio entities, sync primitives) by Madi-S.
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def db_operation():
    print('operation start')
    try:
        while True:
            print('operation new round')
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('operation was cancelled')
        await asyncio.sleep(1)

    print('operation finish')


async def main():
    task = asyncio.create_task(db_operation())
    await asyncio.sleep(2.1)

    task.cancel()
    await task


if __name__ == '__main__':
    asyncio.run(main())

# >>> operation start
# >>> operation new round
# >>> operation new round
# >>> operation new round
# >>> operation was cancelled
# >>> operation finish

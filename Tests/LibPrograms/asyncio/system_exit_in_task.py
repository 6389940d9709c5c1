# SystemExit raised in a task stops the loop and the program with its code.
import asyncio


async def quitter():
    await asyncio.sleep(1)
    print('quitting')
    raise SystemExit(7)


async def main():
    asyncio.create_task(quitter())
    try:
        await asyncio.sleep(5)
    finally:
        print('main finally runs?')


try:
    asyncio.run(main())
finally:
    print('outer finally')

# Source: https://github.com/twoLoop-40/asyncio_course/blob/1150cd9656eb4e63c1556b4e5dc6677beec558b2/codes/5_how_run_works.py
# (an asyncio course's code, by GitHub user twoLoop-40).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def coro(message):
    print(message)
    await asyncio.sleep(1)
    print(message)


async def main():
    # print(asyncio.all_tasks())

    print('-- main beginning')
    asyncio.create_task(coro('text'))
    # print(asyncio.all_tasks())

    await asyncio.sleep(0.5)
    print('-- main done')


asyncio.run(main())

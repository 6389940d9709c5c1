# Source: https://github.com/twoLoop-40/asyncio_course/blob/1150cd9656eb4e63c1556b4e5dc6677beec558b2/codes/8_non_obvious_problems.py
# (an asyncio course's code, by GitHub user twoLoop-40).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def nothing():
    await asyncio.sleep(0)
    print('Busy')


async def busy_loop():
    for i in range(10):
        await nothing()


async def normal():
    for i in range(10):
        await asyncio.sleep(0)
        print('Normal coroutine')


async def main():
    await asyncio.create_task(busy_loop())
    await asyncio.create_task(normal())

    # await asyncio.gather(
    #     busy_loop(),
    #     normal()
    # )


asyncio.run(main())

# Source: https://github.com/twoLoop-40/asyncio_course/blob/1150cd9656eb4e63c1556b4e5dc6677beec558b2/codes/23_conditions.py
# (an asyncio course's code, by GitHub user twoLoop-40).
# Adapted: seeded the random generator (line marked "adapted") so the run is reproducible.
import asyncio
from random import randint
import random; random.seed(1)  # adapted


async def waiter(condition, id):
    async with condition:
        print(f'Waiter {id} is awaiting')
        await condition.wait()

        num = randint(1, 5)
        print(f'Waiter {id} generated {num}')


async def starter(condition):
    print('Waiting for 5 seconds')
    await asyncio.sleep(5)

    async with condition:
        condition.notify(2)


async def main():
    condition = asyncio.Condition()

    waiters = [
        asyncio.create_task(waiter(condition, id=i))
        for i in range(5)
    ]

    asyncio.create_task(starter(condition))

    await asyncio.gather(*waiters)






asyncio.run(main())

# Source: https://github.com/twoLoop-40/asyncio_course/blob/1150cd9656eb4e63c1556b4e5dc6677beec558b2/codes/22_events.py
# (an asyncio course's code, by GitHub user twoLoop-40).
# Adapted: seeded the random generator (line marked "adapted") so the run is reproducible.
import asyncio

from random import randint
import random; random.seed(1)  # adapted


async def worker(event):
    print('Before the wait()')
    await event.wait()

    if event.is_set():
        print(f'Event is set, random number: {randint(1, 5)}')


async def coro(event):

    timeout = randint(3, 5)
    await asyncio.sleep(timeout)

    print(f'Event was set by coro after {timeout} sec.')
    event.set()


async def main():
    event = asyncio.Event()

    tasks = [
        asyncio.create_task(worker(event))
        for _ in range(5)
    ]

    asyncio.create_task(coro(event))

    await asyncio.gather(*tasks)




asyncio.run(main())

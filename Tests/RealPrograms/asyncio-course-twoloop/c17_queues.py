# Source: https://github.com/twoLoop-40/asyncio_course/blob/1150cd9656eb4e63c1556b4e5dc6677beec558b2/codes/17_queues.py
# (an asyncio course's code, by GitHub user twoLoop-40).
# Adapted: seeded the random generator (line marked "adapted") so the run is reproducible.
import asyncio
from random import randint
import random; random.seed(1)  # adapted


class C:
    norm = '\033[0m'
    blue = '\033[94m'
    green = '\033[92m'

c = C()


async def producer(queue, name):
    timeout = randint(1, 5)
    await queue.put(timeout)
    print(f'{c.blue}Producer {name} put {timeout} to the queue: {queue}{c.norm}')


async def consumer(queue, name):
    while True:
        timeout = await queue.get()
        await asyncio.sleep(timeout)
        print(f'{c.green}Consumer {name} ate {timeout}, queue: {queue}{c.norm}')
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=3)

    producers = []
    for i in range(12):
        task = asyncio.create_task(producer(queue, name=i))
        producers.append(task)

    consumers = []
    for i in range(4):
        task = asyncio.create_task(consumer(queue, name=i))
        consumers.append(task)

    await asyncio.gather(*producers)
    await queue.join()

    for c in consumers:
        c.cancel()


asyncio.run(main())

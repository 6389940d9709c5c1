# Source: https://github.com/ecrvmal/asyncio_course/blob/0df0b124f44a5e05c472e93f4c4e9f04c2db59db/Chapter_8_Queue/8_1_FIFO_Queue/fifo_queu_1.py
# (a Russian-language asyncio course, chapters on tasks, primitives and queues) by Vladimir Malchevskiy (ecrvmal).
# Adapted: the unseeded `random` is seeded with 0 (the line marked "adapted") so that the output is reproducible.
from random import random
__import__("random").seed(0)  # adapted
import asyncio


async def producer(queue):
    print('Производитель: Запущен')
    for i in range(10):
        value = random()*10
        await asyncio.sleep(value)
        await queue.put(value)
    await queue.put(None)
    print('Производитель: Done')


async def consumer(queue):
    print('Потребитель: Запущен')
    while True:
        item = await queue.get()
        if item is None:
            break
        print(f'>Потребитель получил: {item}')
    print('Потребитель: Done')


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))



asyncio.run(main())
# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment10/asyncio01.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
# example of using an asyncio queue
from random import random
import asyncio

async def producer(queue):
    print('Producer: Running')
    for i in range(10):
        value = i
        await asyncio.sleep(random())
        print(f">Producer put {value}")
        await queue.put(value)
    await queue.put(None)
    print('Producer: Done')

async def consumer(queue):
    print('Consumer: Running')
    while True:
        item = await queue.get()
        if item is None:
            break
        print(f"\t> Consumer got {item}")
    print('Consumer: Done')

async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))

asyncio.run(main())
# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_11/listing11_4.py
# (listings of "Python Concurrency with Asyncio" by Matthew Fowler, typed in by GitHub user horw).
# Adapted: the program runs as one file, so the helper it imports from the book's repository (util/delay_functions.py) is inlined (lines marked "adapted"); nothing else changed.
import asyncio
from asyncio import Lock
# from util import delay  # adapted: inlined below
import asyncio  # adapted


async def delay(delay_seconds: int) -> int:  # adapted
    print(f'sleeping for {delay_seconds} second(s)')  # adapted
    await asyncio.sleep(delay_seconds)  # adapted
    print(f'finished sleeping for {delay_seconds} second(s)')  # adapted
    return delay_seconds  # adapted



async def a(lock: Lock):
    print('Coroutine a waiting to acquire the lock')
    async with lock:
        print('Coroutine a is in the critical section')
        await delay(2)
    print('Coroutine a released the lock')


async def b(lock: Lock):
    print('Coroutine b waiting to acquire the lock')
    async with lock:
        print('Coroutine b is in the critical section')
        await delay(2)
    print('Coroutine b released the lock')


async def main():
    lock = Lock()
    await asyncio.gather(a(lock), b(lock))


asyncio.get_event_loop().run_until_complete(main())

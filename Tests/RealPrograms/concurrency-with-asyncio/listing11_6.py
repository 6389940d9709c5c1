# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_11/listing11_6.py
# (listings of "Python Concurrency with Asyncio" by Matthew Fowler, typed in by GitHub user horw).
# Adapted: nothing; the file is unmodified below this header.
import asyncio
from asyncio import Semaphore


async def operation(semaphore: Semaphore):
    print('Waiting to acquire semaphore...')
    async with semaphore:
        print('Semaphore acquired!')
        await asyncio.sleep(2)
    print('Semaphore released!')


async def main():
    semaphore = Semaphore(2)
    await asyncio.gather(*[operation(semaphore) for _ in range(5)])


asyncio.get_event_loop().run_until_complete(main())

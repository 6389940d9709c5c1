# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_2/listing2_13.py
# (listings of "Python Concurrency with Asyncio" by Matthew Fowler, typed in by GitHub user horw).
# Adapted: the program runs as one file, so the helper it imports from the book's repository (util/delay_functions.py) is inlined (lines marked "adapted"); nothing else changed.
import asyncio
# from util import delay  # adapted: inlined below
import asyncio  # adapted


async def delay(delay_seconds: int) -> int:  # adapted
    print(f'sleeping for {delay_seconds} second(s)')  # adapted
    await asyncio.sleep(delay_seconds)  # adapted
    print(f'finished sleeping for {delay_seconds} second(s)')  # adapted
    return delay_seconds  # adapted

from asyncio import TimeoutError

async def main():
    task = asyncio.create_task(delay(10))

    try:
        result = await asyncio.wait_for(asyncio.shield(task), 5)
        print(result)
    except TimeoutError:
        print("Task took longer than five seconds, it will finish soon!")
        result = await task
        print(result)

asyncio.run(main())

# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_14/listing14_3.py
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



async def create_tasks_no_sleep():
    task1 = asyncio.create_task(delay(1))
    task2 = asyncio.create_task(delay(2))
    print('Gathering tasks:')
    await asyncio.gather(task1,task2)


async def create_tasks_sleep():
    task1 = asyncio.create_task(delay(1))
    await asyncio.sleep(0)
    task2 = asyncio.create_task(delay(2))
    await asyncio.sleep(0)
    print('Gathering tasks:')
    await asyncio.gather(task1, task2)

    
async def main():
    print('--- Testing without asyncio.sleep(0) ---')
    await create_tasks_no_sleep()
    print('--- Testing with asyncio.sleep(0) ---')
    await create_tasks_sleep()


asyncio.get_event_loop().run_until_complete(main())

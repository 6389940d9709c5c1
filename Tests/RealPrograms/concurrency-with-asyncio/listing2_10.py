# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_2/listing2_10.py
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



async def hello_every_second():
    for i in range(2):
        await asyncio.sleep(1)
        print("I'm running other code while I'm waiting!")


async def main():
    first_delay = asyncio.create_task(delay(3))
    second_delay = asyncio.create_task(delay(3))
    await hello_every_second()
    await hello_every_second()
    await hello_every_second()
    #await first_delay
    #await second_delay


asyncio.run(main())

# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_2/listing2_22.py
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



def call_later():
    print("I'm being called in the future")


async def main():
    loop = asyncio.new_event_loop()
    loop.call_soon(call_later())
    await delay(1)

asyncio.run(main())

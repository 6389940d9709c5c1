# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_10/listing10_10.py
# (listings of "Python Concurrency with Asyncio" by Matthew Fowler, typed in by GitHub user horw).
# Adapted: the program runs as one file, so the helper it imports from the book's repository (chapter_10/listing10_9.py) is inlined (lines marked "adapted"); nothing else changed.
import asyncio
# from chapter_10.listing10_9 import retry, TooManyRetries  # adapted: inlined below
import logging  # adapted
from typing import Callable, Awaitable  # adapted


class TooManyRetries(Exception):  # adapted
    pass  # adapted


async def retry(coro: Callable[[], Awaitable],  # adapted
                max_retries: int,  # adapted
                timeout: float,  # adapted
                retry_interval: float):  # adapted
    for retry_num in range(0, max_retries):  # adapted
        try:  # adapted
            return await asyncio.wait_for(coro(), timeout=timeout)  # adapted
        except Exception as e:  # adapted
            logging.exception(f'Exception while waiting (tried {retry_num} times), retrying.',  # adapted
                              exc_info=e)  # adapted
            await asyncio.sleep(retry_interval)  # adapted
    raise TooManyRetries()  # adapted



async def main():
    async def always_fail():
        raise Exception("I've failed!")

    async def always_timeout():
        await asyncio.sleep(1)

    try:
        await retry(always_fail,
                    max_retries=3,
                    timeout=.1,
                    retry_interval=.1)
    except TooManyRetries:
        print('Retried too many times!')

    try:
        await retry(always_timeout,
                    max_retries=3,
                    timeout=.1,
                    retry_interval=.1)
    except TooManyRetries:
        print('Retried too many times!')


asyncio.get_event_loop().run_until_complete(main())

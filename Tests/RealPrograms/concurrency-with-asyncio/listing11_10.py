# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_11/listing11_10.py
# (listings of "Python Concurrency with Asyncio" by Matthew Fowler, typed in by GitHub user horw).
# Adapted: nothing; the file is unmodified below this header.
import asyncio
import functools
from asyncio import Event


def trigger_event(event: Event):
    event.set()


async def do_work_on_event(event: Event):
    print('Waiting for event...')
    await event.wait()
    print('Performing work!')
    await asyncio.sleep(1)
    print('Finished work!')
    event.clear()


async def main():
    event = asyncio.Event()
    asyncio.get_running_loop().call_later(5.0,
                                          functools.partial(trigger_event, event))
    await asyncio.gather(
        do_work_on_event(event),
        do_work_on_event(event)
    )


asyncio.get_event_loop().run_until_complete(main())

# Source: https://github.com/mbrukman/a-conceptual-overview-of-asyncio/blob/890335edfb5ab18c9a42811f9613190b2c76fbcc/hypotheses/2-awaiting-a-future-cedes-control-to-event-loop.py
# ("A Conceptual Overview of asyncio", later a CPython HOWTO) by Alexander Nordin (anordin95), mirrored by mbrukman.
# Adapted: nothing; the file is unmodified below this header.
"""
await-ing a Future cedes control to the event-loop.
"""
import asyncio
import datetime

async def auxiliary_func():
    print("Executing auxiliary_func()...")

async def main():
    
    future = asyncio.Future()
    asyncio.Task(auxiliary_func(), loop=loop)
    
    print(f"Awaiting future...")
    await future
    
    # The future is never marked as done, so this statement will
    # not be executed.
    print("Control never gets here.")


loop = asyncio.new_event_loop()
main_task = asyncio.Task(main(), loop=loop)
loop.run_until_complete(main_task)

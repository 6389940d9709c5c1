# Source: https://github.com/mbrukman/a-conceptual-overview-of-asyncio/blob/890335edfb5ab18c9a42811f9613190b2c76fbcc/hypotheses/1-creating-a-task-does-not-invoke-the-task.py
# ("A Conceptual Overview of asyncio", later a CPython HOWTO) by Alexander Nordin (anordin95), mirrored by mbrukman.
# Adapted: nothing; the file is unmodified below this header.
"""
Instantiating a task schedules it for execution. But the task won't execute
until control somehow gets back to the event-loop.
"""

import time
import asyncio

async def other_func():
    print("Executing other_func.")

async def main():
    
    task = asyncio.Task(coro=other_func())
    
    # Uncomment this line to see the effect awaiting a Task has on the order of prints.
    # await asyncio.sleep(0)

    print("hey, hi, hello!")
    time.sleep(3)
    await task

asyncio.run(main())

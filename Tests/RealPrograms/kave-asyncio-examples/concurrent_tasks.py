# Source: https://github.com/kave/asyncio-examples/blob/f3c8b104f2abbd49ac37a7b9ec4f6c56f976e1c9/5_asyncio/concurrent_tasks.py
# ("a set of asyncio Python3 examples", by GitHub user kave).
# Adapted: nothing; the file is unmodified below this header.
import asyncio
import time


# co-routine
async def say_after(delay, msg):
    await asyncio.sleep(delay)
    print(msg)


async def run():
    # Wraps co-routine in a task
    task1 = asyncio.create_task(
        say_after(2, 'hello'))

    task2 = asyncio.create_task(
        say_after(2, 'world'))

    print(f"started at {time.strftime('%X')}")

    # executes tasks concurrently
    # Wait until both tasks are completed (should take
    # around 2 seconds.)
    await task1
    await task2

    print(f"finished at {time.strftime('%X')}")


if __name__ == '__main__':
    asyncio.run(run(), debug=True)

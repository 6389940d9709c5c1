# Source: https://github.com/weeraphat2/asyncio/blob/d4ccf9cc030dce15733c67dfc77af255fff0474e/asyncio-1/7-asyncio.py
# (exercises after Jason Brownlee's "Python Asyncio" guide, superfastpython.com, by GitHub user weeraphat2).
# Adapted: nothing; the file is unmodified below this header.
#create by 6310301022 Weeraphat Thongnoi

# example of waiting for all tasks to complete
import asyncio
import time

# define a simple asynchronous
async def simple_task(number):
    # block for a moment
    await asyncio.sleep(1)
    # return the argument
    return number

# cancel the given task after a moment
async def cancel_task(task):
    # block for a moment 
    await asyncio.sleep(0.2)
    # cancel the task
    was_canceled = task.cancel()
    print(f'{time.ctime()} canceled: {was_canceled}')

# define a simple coroutine
async def main():
    # create the coroutine
    coro = simple_task(1)
    # create a task
    task = asyncio.create_task(coro)
    # create the shielded task
    shielded = asyncio.shield(task)
    # create the task to cancel the previous task
    asyncio.create_task(cancel_task(task))
    # handle cancellation
    try:
        # await the shielded task
        result = await shielded
        print(f'{time.ctime()} >got; {result}')
    except asyncio.CancelledError:
        print(f'{time.ctime()} shielded  was cancel')
    # wait a moment
    await asyncio.sleep(1)
    # report the details of the tasks
    print(f'{time.ctime()} shielded: {shielded}')
    print(f'{time.ctime()} task: {task}')


# start the asyncio program
asyncio.run(main())

# Wed Jul 12 21:52:02 2023 canceled: True
# Wed Jul 12 21:52:02 2023 shielded  was cancel
# Wed Jul 12 21:52:03 2023 shielded: <Future cancelled>
# Wed Jul 12 21:52:03 2023 task: <Task cancelled name='Task-2' coro=<simple_task() done
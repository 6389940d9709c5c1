# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment09/gather04.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
# example of gather where one task is canceled with returned exceptions
import asyncio
 
# coroutine used for a task
async def task_coro(value, friend):
    # report a message
    print(f'>task {value} executing')
    # cancel friend task
    if friend:
        friend.cancel()
    # sleep for a moment
    await asyncio.sleep(1)
 
# coroutine used for the entry point
async def main():
    # report a message
    print('main starting')
    # create many tasks
    task0 = asyncio.create_task(task_coro(0, None))
    task1 = asyncio.create_task(task_coro(1, task0))
    # run the tasks
    results = await asyncio.gather(task0, task1, return_exceptions=True)
    # report results
    print(results)
    # report a message
    print('main done')
 
# start the asyncio program
asyncio.run(main())
# Source: https://github.com/ecrvmal/asyncio_course/blob/0df0b124f44a5e05c472e93f4c4e9f04c2db59db/Chapter_6%20_Task/6_14%20Task_Group/main3_args_result.py
# (a Russian-language asyncio course, chapters on tasks, primitives and queues) by Vladimir Malchevskiy (ecrvmal).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def coro(value):
    await asyncio.sleep(1)
    return value * 100


async def main():
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(coro(i)) for i in range(1, 11)]
        for el in tasks: print(el)

    for task in tasks:
        print(task)
        print(task.result())

asyncio.run(main())
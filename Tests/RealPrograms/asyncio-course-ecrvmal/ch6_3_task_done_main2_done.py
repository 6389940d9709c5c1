# Source: https://github.com/ecrvmal/asyncio_course/blob/0df0b124f44a5e05c472e93f4c4e9f04c2db59db/Chapter_6%20_Task/6_3_task_done/main2_done.py
# (a Russian-language asyncio course, chapters on tasks, primitives and queues) by Vladimir Malchevskiy (ecrvmal).
# Adapted: the unseeded `random` is seeded with 0 (the line marked "adapted") so that the output is reproducible.
import asyncio
import random
random.seed(0)  # adapted
import types

async def coro(name: str) -> None:
    print(f'task "{name}" started')
    await asyncio.sleep(random.randint(2, 6))
    print(f'task "{name}" completed')


async def main() -> None:
    tasks: list[asyncio.Task] = []
    for i in range(1,6):
        task = asyncio.create_task(coro(name=f'task_{i}'))
        # print(type(task))      # asyncio.Task
        tasks.append(task)
    print('All tasks created')

    while tasks:
        done, tasks = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        print(f'tasks done:{len(done)}, tasks left: {len(tasks)}')
        for task in done:
            print(f'task {task.get_name()} completed, status done: {task.done()}')


asyncio.run(main())
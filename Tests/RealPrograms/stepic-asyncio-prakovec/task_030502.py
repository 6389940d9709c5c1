# Source: https://github.com/prakovec/stepic_asyncio_course/blob/21fd4060ea2606c0117043d602c968435f212d77/03/task_030502.py
# (solutions and lesson code of a Russian-language asyncio course on stepik.org, by GitHub user prakovec).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def print_with_delay(num: int):
    await asyncio.sleep(1)
    print(f"Coroutine {num} is done")


async def main():
    [await asyncio.create_task(print_with_delay(i)) for i in range(10)]


asyncio.run(main())

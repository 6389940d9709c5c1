# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment04/breakfast02.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
# Concurrently breakfast
import asyncio
from time import sleep, time


async def make_coffee():  # 1
    print("coffee: prepare ingridients")
    sleep(1)
    print("coffee: waiting...")
    await asyncio.sleep(5)  # 2: pause, another tasks can be run
    print("coffee: ready")

async def fry_eggs():  # 1
    print("eggs: prepare ingridients")
    sleep(1)
    print("eggs: frying...")
    await asyncio.sleep(3)  # 2: pause, another tasks can be run
    print("eggs: ready")

async def main():  # 1
    start = time()
    await make_coffee()  # run task with await
    await fry_eggs()
    print(f"breakfast is ready in {time()-start} secs.")


asyncio.run(main())  # run top-level function concurrently
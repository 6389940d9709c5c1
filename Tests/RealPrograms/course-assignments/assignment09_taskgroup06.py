# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment09/taskgroup06.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def safe_task(name, sec, fail=False):
    try:
        await asyncio.sleep(sec)
        if fail:
            raise ValueError(f"{name} failed")
        return f"{name} Okay!"
    except Exception as e:
        return f"{name} error: {e}"
    
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(safe_task("A", 1, fail=True))
        t2 = tg.create_task(safe_task("B", 2))
        t3 = tg.create_task(safe_task("C", 3))

    print(t1.result())
    print(t2.result())
    print(t3.result())
asyncio.run(main())
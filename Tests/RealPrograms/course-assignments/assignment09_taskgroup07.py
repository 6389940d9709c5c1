# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment09/taskgroup07.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def work(n, fail=False):
    await asyncio.sleep(n)
    if fail:
        raise RuntimeError(f"Task {n} failed.")
    return f"Task {n} Ok"

async def main():
    results = await asyncio.gather(
        work(1, fail=True),
        work(2),
        work(3),
        return_exceptions = True
    )
    print("Results:", results)

asyncio.run(main())

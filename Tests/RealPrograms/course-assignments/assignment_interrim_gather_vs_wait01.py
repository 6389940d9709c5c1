# Source: https://github.com/supchaweewan/asyncio-2025/blob/c4b8220fc3e50e2bbb5a167a114a9983aab4e31d/assignment-interrim/gather-vs-wait01.py
# (a course's asyncio assignments, by GitHub user supchaweewan).
# Adapted: nothing; the file is unmodified below this header.
import asyncio

async def task_ok(n):
    await asyncio.sleep(n)
    return f"Ok after {n} seconds"

async def task_error(n):
    await asyncio.sleep(n)
    raise ValueError(f"Error after {n} seconds")

async def demo_gather():
    print("\n=== Gather: Return Values ===")
    results = await asyncio.gather(task_ok(1), task_ok(2))
    print("gather results:", results)

    print("\n=== Gather: error stops all ===")
    try:
        await asyncio.gather(task_ok(1), task_error(2))
    except Exception as e:
        print("Caught", repr(e))
    print("\n=== Gather: return_exceptions=True ===")
    results = await asyncio.gather(task_ok(1), task_error(2), return_exceptions=True)
    print("gather results", results)

async def main():
    await demo_gather()

asyncio.run(main())
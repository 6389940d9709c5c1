# Source: https://github.com/BruceEckel/python-experiments/blob/94dc9f1a5d6e3d5d501da69fe760cf15a12f6a84/lock_cancellation/src/lock_cancellation.py
# (Bruce Eckel's python-experiments, companion code to his blog posts on concurrency).
# Adapted: the program runs as one file, so the module it imports from the same folder (trace_lock.py) is inlined (lines marked "adapted"); nothing else changed.
# lock_cancellation.py
import asyncio
# from trace_lock import TraceLock  # adapted: inlined below
# trace_lock.py  # adapted
import asyncio  # adapted


class TraceLock(asyncio.Lock):  # adapted
    def __init__(self, *args, **kwargs):  # adapted
        super().__init__(*args, **kwargs)  # adapted
        print("Lock created.")  # adapted

    async def __aenter__(self):  # adapted
        print("Lock acquired.")  # adapted
        await super().__aenter__()  # adapted

    async def __aexit__(self, exc_type, exc_value, traceback):  # adapted
        await super().__aexit__(exc_type, exc_value, traceback)  # adapted
        print("Lock released.")  # adapted

    def __del__(self):  # adapted
        print("~Lock")  # adapted


async def task_with_lock(lock: TraceLock):
    async with lock:
        await asyncio.sleep(5)
        print("Sleep complete.")


async def main():
    lock = TraceLock()
    task = asyncio.create_task(task_with_lock(lock))
    await asyncio.sleep(2)
    print("cancelling task")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("Task cancelled.")


asyncio.run(main())

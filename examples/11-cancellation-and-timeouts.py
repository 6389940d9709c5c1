# Cancellation and timeouts
# task.cancel() raises CancelledError inside the task; asyncio.wait_for gives up after a timeout.
import asyncio


async def long_job():
    try:
        print("job: started")
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("job: cancelled, cleaning up")
        raise
    finally:
        print("job: finally")


async def main():
    task = asyncio.create_task(long_job())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: task is cancelled:", task.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=2)
    except asyncio.TimeoutError:
        print("main: timed out at t =", asyncio.get_running_loop().time())


asyncio.run(main())

# Tasks still pending when the program ends (a loop run with
# run_until_complete and never cleaned up) are destroyed as CPython's
# shutdown destroys them: each coroutine is closed (its finally block runs),
# then "Task was destroyed but it is pending!" goes to stderr.
import asyncio


async def forever(n):
    try:
        await asyncio.sleep(3600)
    finally:
        print("forever finally", n)


async def waiter(fut):
    try:
        await fut
    finally:
        print("waiter finally")


async def main():
    asyncio.create_task(forever(1), name="F1")
    asyncio.create_task(forever(2), name="F2")
    fut = asyncio.get_running_loop().create_future()
    asyncio.create_task(waiter(fut), name="W")
    await asyncio.sleep(0)
    print("main done")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("ran")
loop.close()
print("closed")

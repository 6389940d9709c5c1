# Source: https://docs.python.org/3.11/library/asyncio-task.html#timeouts
# (the asyncio documentation of CPython 3.11, Python Software Foundation).
# Adapted: nothing; the example is unmodified below this header.
import asyncio

async def slow_operation():
    await asyncio.sleep(20)
    return "done"

async def main():
    try:
        # We do not know the timeout when starting, so we pass ``None``.
        async with asyncio.timeout(None) as cm:
            # We know the timeout now, so we reschedule it.
            new_deadline = asyncio.get_running_loop().time() + 10
            cm.reschedule(new_deadline)

            await slow_operation()
    except TimeoutError:
        pass

    if cm.expired():
        print("Looks like we haven't finished on time.")

asyncio.run(main())

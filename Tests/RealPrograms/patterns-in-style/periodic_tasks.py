# Source: written for Interleave's corpus in the style of "run a coroutine periodically" recipes (not from a public source)
# Adapted: nothing
import asyncio
import time


async def every(interval: float, func, *args, times: int):
    loop = asyncio.get_running_loop()
    next_run = loop.time()
    for n in range(times):
        await func(n, *args)
        next_run += interval
        await asyncio.sleep(max(0, next_run - loop.time()))


async def report(n, label):
    print(f"{label} #{n} at {time.monotonic() - START:.1f}s")
    await asyncio.sleep(0.05)


def sync_callback(loop, count):
    print(f"call_later callback {count} at {loop.time() - LOOP_START:.1f}s")
    if count < 3:
        loop.call_later(0.4, sync_callback, loop, count + 1)


async def main():
    global START, LOOP_START
    START = time.monotonic()
    loop = asyncio.get_running_loop()
    LOOP_START = loop.time()
    loop.call_later(0.4, sync_callback, loop, 1)
    handle = loop.call_at(LOOP_START + 10, print, "never printed")
    await asyncio.gather(every(0.5, report, "fast", times=4), every(0.75, report, "slow", times=3))
    handle.cancel()
    print("handle cancelled:", handle.cancelled())
    print(f"total {time.monotonic() - START:.2f}s")


asyncio.run(main())

# Source: written for Interleave's corpus in the style of asyncio timeout tutorials (wait_for, timeout(), timeout_at) (not from a public source)
# Adapted: nothing
import asyncio


async def slow_operation(seconds: float, label: str) -> str:
    try:
        await asyncio.sleep(seconds)
        return f"{label} done"
    except asyncio.CancelledError:
        print(f"  {label} was cancelled")
        raise


async def with_wait_for():
    try:
        result = await asyncio.wait_for(slow_operation(2, "wait_for"), timeout=0.5)
        print(result)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, type(e) is TimeoutError)


async def with_timeout_cm():
    try:
        async with asyncio.timeout(0.3) as cm:
            await slow_operation(1, "timeout-cm")
    except TimeoutError:
        print("timeout() expired:", cm.expired())


async def with_reschedule():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("deadline initially:", cm.when())
        cm.reschedule(loop.time() + 5)
        print("rescheduled:", cm.when() - loop.time())
        result = await slow_operation(0.1, "rescheduled")
    print(result, "expired:", cm.expired())


async def with_timeout_at():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.25
    try:
        async with asyncio.timeout_at(deadline):
            for i in range(5):
                await asyncio.sleep(0.1)
                print("  tick", i)
    except TimeoutError:
        print(f"timeout_at hit at {loop.time():.2f}")


async def fast_enough():
    r = await asyncio.wait_for(slow_operation(0.1, "fast"), timeout=1)
    print(r)


async def main():
    await with_wait_for()
    await with_timeout_cm()
    await with_reschedule()
    await with_timeout_at()
    await fast_enough()
    print(f"finished at {asyncio.get_running_loop().time():.2f}")


asyncio.run(main())

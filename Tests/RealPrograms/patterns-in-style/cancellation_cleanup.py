# Source: written for Interleave's corpus in the style of "handling task cancellation correctly" posts (not from a public source)
# Adapted: nothing
import asyncio


async def resource_user(name: str):
    print(f"{name}: acquiring resource")
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print(f"{name}: cancelled with args {e.args}")
        raise
    finally:
        print(f"{name}: releasing resource")


async def uncancel_example():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("uncancel_example: cancelling() =", task.cancelling())
        task.uncancel()
        print("uncancel_example: after uncancel() =", task.cancelling())
        return "recovered"


async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallow: ignoring cancellation (bad practice)")
    return "swallowed"


async def main():
    t1 = asyncio.create_task(resource_user("t1"))
    await asyncio.sleep(0.1)
    t1.cancel("shutting down")
    try:
        await t1
    except asyncio.CancelledError as e:
        print("main saw CancelledError:", e.args)
    print("t1 cancelled:", t1.cancelled())

    t2 = asyncio.create_task(uncancel_example())
    await asyncio.sleep(0.1)
    t2.cancel()
    print("t2 result:", await t2)

    t3 = asyncio.create_task(swallow())
    await asyncio.sleep(0.1)
    print("cancel() returned", t3.cancel())
    print("t3 result:", await t3, "cancelled:", t3.cancelled())
    print("cancel on done task:", t3.cancel())

    t4 = asyncio.create_task(asyncio.sleep(1))
    t4.cancel()
    await asyncio.sleep(0)
    print("t4:", t4.cancelled(), t4.done())
    try:
        t4.result()
    except asyncio.CancelledError:
        print("t4.result() raises CancelledError")


asyncio.run(main())

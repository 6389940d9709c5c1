# Source: written for Interleave's corpus in the style of asyncio.shield tutorials (not from a public source)
# Adapted: nothing
import asyncio

ledger = []


async def write_to_ledger(entry: str) -> str:
    print(f"writing {entry!r}...")
    await asyncio.sleep(0.5)
    ledger.append(entry)
    print(f"committed {entry!r}")
    return entry


async def transfer(amount: int):
    print(f"transfer {amount}: validating")
    await asyncio.sleep(0.1)
    result = await asyncio.shield(write_to_ledger(f"transfer:{amount}"))
    print(f"transfer {amount}: notifying")
    await asyncio.sleep(0.1)
    return result


async def main():
    task = asyncio.create_task(transfer(100))
    await asyncio.sleep(0.3)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("transfer task cancelled, cancelled() =", task.cancelled())
    print("ledger right after cancel:", ledger)
    await asyncio.sleep(0.5)
    print("ledger later:", ledger)

    inner = asyncio.create_task(write_to_ledger("direct"))
    shielded = asyncio.shield(inner)
    shielded.cancel()
    await asyncio.sleep(0)
    print("shielded cancelled:", shielded.cancelled(), "inner cancelled:", inner.cancelled())
    print("inner result:", await inner)

    try:
        await asyncio.wait_for(asyncio.shield(write_to_ledger("slow")), timeout=0.2)
    except asyncio.TimeoutError:
        print("wait_for gave up, but the write continues")
    await asyncio.sleep(0.5)
    print("final ledger:", ledger)


asyncio.run(main())

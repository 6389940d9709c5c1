# Source: written for Interleave's corpus in the style of asyncio.wait(return_when=...) examples (not from a public source)
# Adapted: nothing
import asyncio


async def worker(n: int, fail: bool = False) -> int:
    await asyncio.sleep(n / 10)
    if fail:
        raise ValueError(f"worker {n} failed")
    return n


async def main():
    tasks = {asyncio.create_task(worker(n, fail=(n == 4)), name=f"w{n}") for n in range(1, 8)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        if t.exception():
            print(f"{t.get_name()} raised {t.exception()}")
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", all(t.cancelled() for t in pending))

    tasks = [asyncio.create_task(worker(n)) for n in (5, 2, 8)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [t.result() for t in done], "pending", len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.4)
    print("after timeout:", [t.result() for t in done], "pending", len(pending))
    await asyncio.gather(*pending)
    print("all results:", [t.result() for t in tasks])
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())

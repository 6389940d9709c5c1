# Futures and waiting: loop.create_future resolved from call_soon
# callbacks, asyncio.wait with FIRST_COMPLETED, wait_for with timeouts,
# shield and task cancellation.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    total = 0
    for rnd in range(2100):
        futs = [loop.create_future() for _ in range(50)]
        for i, f in enumerate(futs):
            loop.call_soon(f.set_result, i * rnd)
        total += sum(await asyncio.gather(*futs))

        tasks = [asyncio.create_task(asyncio.sleep((i * 7) % 10 / 100, result=i))
                 for i in range(20)]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        total += sum(t.result() for t in done)
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        total += sum(t.cancelled() for t in pending)

        try:
            await asyncio.wait_for(asyncio.sleep(1), timeout=0.05)
        except asyncio.TimeoutError:
            total += 1
        total += await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, result=3)), 1)
    print(total, loop.time())


asyncio.run(main())

# Source: written for Interleave's corpus in the style of "common asyncio mistakes" articles (late binding in loops, forgotten await, blocking calls) (not from a public source)
# Adapted: nothing
import asyncio
import time
import warnings


async def work(i):
    await asyncio.sleep(0.1)
    return i


async def main():
    loop = asyncio.get_running_loop()
    callbacks = []
    for i in range(3):
        callbacks.append(lambda: i)
    print("late binding:", [c() for c in callbacks])
    callbacks = [lambda i=i: i for i in range(3)]
    print("bound default:", [c() for c in callbacks])

    tasks = []
    for i in range(3):
        tasks.append(asyncio.create_task(work(i)))
    print(await asyncio.gather(*tasks))

    start = loop.time()
    time.sleep(0.5)
    print(f"blocking sleep moved loop time by {loop.time() - start:.1f}")

    start = loop.time()
    await asyncio.gather(*(asyncio.sleep(0.5) for _ in range(4)))
    print(f"four concurrent sleeps took {loop.time() - start:.1f}")

    start = loop.time()
    for _ in range(4):
        await asyncio.sleep(0.5)
    print(f"four sequential sleeps took {loop.time() - start:.1f}")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        coro = work(99)
        del coro
        import gc
        gc.collect()
    print("warnings:", [str(w.message) for w in caught])

    def callback(fut):
        print("callback saw", fut.result())

    t = asyncio.ensure_future(work(7))
    t.add_done_callback(callback)
    await t
    await asyncio.sleep(0)


asyncio.run(main())

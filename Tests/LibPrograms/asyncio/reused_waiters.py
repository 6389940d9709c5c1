# Waiter futures and handles the event loop may reuse internally once
# nothing can reach them: whatever a program keeps (a waiter from
# _waiters, a call_soon handle, a future it made, a weak reference, an
# id()) must stay the object it was, with the state it ended in.
import asyncio
import weakref


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    kept = []

    async def holder():
        async with lock:
            await asyncio.sleep(0)
            kept.extend(lock._waiters)
            await asyncio.sleep(0)

    async def waiter(i):
        async with lock:
            await asyncio.sleep(0)
        return i

    results = await asyncio.gather(holder(), *(waiter(i) for i in range(3)))
    print(results, len(kept), [f.done() for f in kept], [f.result() for f in kept])
    print(len({id(f) for f in kept}), all(f is not g for f in kept for g in kept if f is not g))

    # Futures made and finished in a loop, some kept: the kept ones keep
    # their results; new ones start pending.
    saved = []
    for i in range(6):
        fut = loop.create_future()
        loop.call_soon(fut.set_result, i)
        await fut
        if i % 2:
            saved.append(fut)
        new = loop.create_future()
        print(i, new.done(), new.cancelled(), repr(new)[:18])
        new.cancel()
    print([f.result() for f in saved])

    # A weak reference to a finished future: alive while held elsewhere.
    fut = loop.create_future()
    ref = weakref.ref(fut)
    loop.call_soon(fut.set_result, "w")
    print(await fut, ref() is fut)
    del fut
    print(ref())

    # call_soon handles kept after they ran; cancelling them is harmless.
    handles = [loop.call_soon(kept.append, i) for i in range(3)]
    await asyncio.sleep(0)
    for h in handles:
        h.cancel()
    print([h.cancelled() for h in handles], kept[-3:])
    later = [loop.call_soon(print, "ran", i) for i in range(2)]
    later[1].cancel()
    await asyncio.sleep(0)

    # Queue waiters: getters seen through _getters stay distinct.
    q = asyncio.Queue()
    seen = []

    async def getter():
        return await q.get()

    tasks = [asyncio.create_task(getter()) for _ in range(3)]
    await asyncio.sleep(0)
    seen.extend(q._getters)
    for i in range(3):
        q.put_nowait(i * 10)
    print(await asyncio.gather(*tasks), [f.result() for f in seen], len(set(map(id, seen))))

    # Attributes set on a waiter future stay on it.
    ev = asyncio.Event()

    async def mark():
        await asyncio.sleep(0)
        ev._waiters[0].note = "marked"
        seen.append(ev._waiters[0])
        ev.set()

    asyncio.create_task(mark())
    await ev.wait()
    print(seen[-1].note, seen[-1].done())


asyncio.run(main())

# `await obj.method()` on asyncio's Event, Lock and Semaphore: a wait that
# finishes at once, one that suspends, a coroutine made earlier and awaited
# later (the state it sees is the state at its first step), subclasses,
# the results and the order in which tasks run.
import asyncio


class LoudEvent(asyncio.Event):
    async def wait(self):
        print("LoudEvent.wait, set:", self.is_set())
        return await super().wait()


class CountingLock(asyncio.Lock):
    acquired = 0

    async def acquire(self):
        CountingLock.acquired += 1
        return await super().acquire()


async def event_cases():
    ev = asyncio.Event()
    ev.set()
    print("set event:", await ev.wait())
    early = ev.wait()          # made while set...
    ev.clear()                 # ...first step after the clear
    waiter = asyncio.create_task(early)
    await asyncio.sleep(0)
    print("early coroutine done?", waiter.done())
    ev.set()
    print("early coroutine result:", await waiter)
    loud = LoudEvent()
    loud.set()
    print("subclass:", await loud.wait())
    order = []

    async def spin(name, n):
        for i in range(n):
            r = await ev.wait()
            order.append((name, i, r))
            if i % 2:
                await asyncio.sleep(0)

    await asyncio.gather(spin("a", 4), spin("b", 3))
    print(order)


async def lock_cases():
    lock = asyncio.Lock()
    print("free lock:", await lock.acquire(), lock.locked())
    log = []

    async def contender(name):
        log.append(f"{name} waits")
        got = await lock.acquire()
        log.append(f"{name} got {got}")
        await asyncio.sleep(0)
        lock.release()
        log.append(f"{name} released")

    tasks = [asyncio.create_task(contender(n)) for n in "xyz"]
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*tasks)
    print(log)
    c = CountingLock()
    print("subclass lock:", await c.acquire(), CountingLock.acquired)
    c.release()
    # A waiter that was cancelled does not keep a free lock from others.
    lock2 = asyncio.Lock()
    await lock2.acquire()
    t = asyncio.create_task(lock2.acquire())
    await asyncio.sleep(0)
    t.cancel()
    lock2.release()
    print("after cancelled waiter:", await lock2.acquire(), lock2.locked())


async def semaphore_cases():
    sem = asyncio.Semaphore(2)
    print(await sem.acquire(), await sem.acquire(), sem.locked())
    done = []

    async def user(i):
        await sem.acquire()
        done.append(i)
        await asyncio.sleep(0.1)
        sem.release()

    tasks = [asyncio.create_task(user(i)) for i in range(4)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    await asyncio.gather(*tasks)
    print(done, sem._value, asyncio.get_running_loop().time())
    bounded = asyncio.BoundedSemaphore(1)
    print(await bounded.acquire())
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError", e)


async def queue_cases():
    q = asyncio.Queue(maxsize=2)
    await q.put("a")
    await q.put("b")
    blocked = asyncio.create_task(q.put("c"))
    await asyncio.sleep(0)
    print("put blocked:", blocked.done(), q.qsize())
    print(await q.get(), await q.get())       # the first get wakes the putter
    await blocked
    print("after wake:", await q.get(), q.qsize())
    early = q.get()                            # made while empty...
    q.put_nowait("late")                       # ...first step after the put
    print("early get:", await early)
    lifo, prio = asyncio.LifoQueue(), asyncio.PriorityQueue()
    for i in (3, 1, 2):
        lifo.put_nowait(i)
        prio.put_nowait(i)
    print([await lifo.get() for _ in range(3)], [await prio.get() for _ in range(3)])
    got = []

    async def consumer():
        while True:
            item = await q.get()
            if item is None:
                return
            got.append(item)
            q.task_done()

    c = asyncio.create_task(consumer())
    for i in range(5):
        await q.put(i)
    await q.put(None)
    await c
    print(got, q.qsize())


async def errors():
    ev = asyncio.Event()
    del ev._value
    try:
        await ev.wait()
    except AttributeError as e:
        print("AttributeError", e)
    try:
        await asyncio.Event.wait()
    except TypeError as e:
        print("TypeError", e)


async def main():
    await event_cases()
    await lock_cases()
    await semaphore_cases()
    await queue_cases()
    await errors()


asyncio.run(main())

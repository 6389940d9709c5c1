# The asyncio primitives' methods called from bytecode with the receiver
# alone or one argument (the native fixed-arity entries), next to the
# cases they must leave to the Python versions: subclasses overriding a
# helper, wrong argument counts, unusual delays, calls through the class.
import asyncio


class LoudEvent(asyncio.Event):
    def set(self):
        print("LoudEvent.set")
        super().set()


class Seconds(float):
    pass


async def worker(name, event, log):
    await event.wait()
    log.append(name)
    return name


async def main():
    log = []
    ev = asyncio.Event()
    t = asyncio.create_task(worker("a", ev, log))
    await asyncio.sleep(0)
    print(ev.is_set(), t.done())
    ev.set()
    await asyncio.sleep(0)
    print(ev.is_set(), t.done(), log)
    ev.clear()
    print(ev.is_set())

    loud = LoudEvent()
    t2 = asyncio.create_task(worker("b", loud, log))
    await asyncio.sleep(0)
    loud.set()
    print(await t2, loud.is_set())

    for call in (lambda: ev.wait(1), lambda: ev.set(2), lambda: asyncio.Event.is_set(),
                 lambda: asyncio.Queue().put(), lambda: asyncio.Lock().release()):
        try:
            r = call()
            print("returned", type(r).__name__)
            if asyncio.iscoroutine(r):
                r.close()
        except (TypeError, RuntimeError) as e:
            print(type(e).__name__, e)

    q = asyncio.Queue(maxsize=1)
    await q.put("x")
    print(q.qsize(), await q.get(), q.empty())
    print(asyncio.Event.is_set(ev), asyncio.Queue.qsize(q))

    lock = asyncio.Lock()
    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    print(sem.locked())
    sem.release()

    cond = asyncio.Condition()
    ready = []

    async def waiter(i):
        async with cond:
            await cond.wait_for(lambda: ready)
            print("waiter", i, ready)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        ready.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.gather(*ws)

    loop = asyncio.get_running_loop()
    start = loop.time()
    for delay in (0, 0.25, True, Seconds(0.5), -3):
        await asyncio.sleep(delay)
        print("slept", delay, round(loop.time() - start, 3))
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError", e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError", e)


def outside():
    async def idle():
        pass
    coro = idle()
    try:
        asyncio.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()


outside()
asyncio.run(main())

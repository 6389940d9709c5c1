# inspect.iscoroutinefunction and asyncio.iscoroutinefunction on asyncio's
# own API: the async defs (some native on Interleave) are coroutine
# functions, plain and bound; gather, create_task and the synchronous
# methods are not.
import asyncio
import inspect


def check(label, f):
    print(label, inspect.iscoroutinefunction(f), asyncio.iscoroutinefunction(f))


async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    event = asyncio.Event()
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(2)
    for label, f in [
        ("sleep", asyncio.sleep), ("wait", asyncio.wait), ("wait_for", asyncio.wait_for),
        ("gather", asyncio.gather), ("create_task", asyncio.create_task), ("shield", asyncio.shield),
        ("Queue.get", asyncio.Queue.get), ("q.get", q.get), ("q.put", q.put), ("q.put_nowait", q.put_nowait),
        ("q.join", q.join), ("Lock.acquire", asyncio.Lock.acquire), ("lock.acquire", lock.acquire),
        ("lock.release", lock.release), ("lock.locked", lock.locked), ("lock.__aenter__", lock.__aenter__),
        ("lock.__aexit__", lock.__aexit__), ("event.wait", event.wait), ("event.set", event.set),
        ("cond.wait", cond.wait), ("cond.wait_for", cond.wait_for), ("cond.notify", cond.notify),
        ("cond.acquire", cond.acquire), ("sem.acquire", sem.acquire), ("sem.release", sem.release),
        ("main", main), ("print", print), ("len", len),
    ]:
        check(label, f)

    class MyQueue(asyncio.Queue):
        def get_nowait(self):
            return super().get_nowait()

    check("MyQueue().get", MyQueue().get)
    check("asyncio.Event.set", asyncio.Event.set)


asyncio.run(main())

# An asyncio tour as a learner writes it: PriorityQueue workers with logging and contextvars, wait_for/timeout, TaskGroup with except*, Event, Semaphore, wait, as_completed, futures, async generators.
import asyncio, time, random, logging, contextvars, sys
from dataclasses import dataclass, field
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stdout)
log = logging.getLogger(__name__)
request_id = contextvars.ContextVar("request_id", default="-")
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
async def worker(name, q, results):
    while True:
        job = await q.get()
        request_id.set(job.name)
        try:
            await asyncio.sleep(job.priority * 0.1)
            if job.name == "bad":
                raise RuntimeError(f"job {job.name} failed")
            results.append((name, job.name, request_id.get()))
            log.info("%s did %s", name, job.name)
        except RuntimeError as e:
            log.error("error: %s", e)
        finally:
            q.task_done()
async def main():
    print(f"started at {time.strftime('%X')}")
    q = asyncio.PriorityQueue()
    for i, n in enumerate(["a", "bad", "c", "d", "e"]):
        q.put_nowait(Job(5 - i, n))
    results = []
    ws = [asyncio.create_task(worker(f"w{i}", q, results), name=f"worker-{i}") for i in range(2)]
    await q.join()
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print(res, results)
    print(f"finished at {time.strftime('%X')}", round(asyncio.get_running_loop().time(), 2))
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.5)
    except asyncio.TimeoutError:
        print("timeout!", type(asyncio.TimeoutError()).__name__)
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.2)
    print(cm.expired())
    t = asyncio.create_task(asyncio.sleep(1, result="r"))
    print(t.get_name().startswith("Task-"), t.done())
    print(await t, t.result(), t.done(), t.cancelled())
    async def fails():
        raise ValueError("nope")
    t2 = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(t2.done(), repr(t2.exception()))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print("group:", eg.exceptions)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    ev.set()
    print(await wt)
    sem = asyncio.Semaphore(2)
    order = []
    async def limited(i):
        async with sem:
            order.append(("start", i))
            await asyncio.sleep(0.1)
            order.append(("end", i))
    await asyncio.gather(*(limited(i) for i in range(4)))
    print(order)
    lock = asyncio.Lock()
    print(lock.locked(), repr(lock)[-11:])
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(d, d)) for d in (0.3, 0.1, 0.2)], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    for p in pending:
        p.cancel()
    for coro in asyncio.as_completed([asyncio.sleep(0.2, "slow"), asyncio.sleep(0.1, "fast")]):
        print(await coro)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, 42)
    print(await fut, fut)
    r = 6
    print(r)
    async def agen():
        for i in range(3):
            await asyncio.sleep(0.01)
            yield i
    print([x async for x in agen()])
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
asyncio.run(main())
print(time.strftime("%H:%M:%S"), time.time())

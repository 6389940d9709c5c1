# Source: written for Interleave's corpus in the style of job-scheduler examples (PriorityQueue of ordered dataclasses, workers, join) (not from a public source)
# Adapted: nothing
import asyncio
import itertools
from dataclasses import dataclass, field
from enum import IntEnum


class Priority(IntEnum):
    CRITICAL = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3


_seq = itertools.count()


@dataclass(order=True)
class Job:
    priority: Priority
    seq: int = field(default_factory=lambda: next(_seq))
    name: str = field(compare=False, default="")
    cost: float = field(compare=False, default=0.1)
    attempts: int = field(compare=False, default=0, repr=False)


class Scheduler:
    def __init__(self, workers=2):
        self.queue: asyncio.PriorityQueue[Job] = asyncio.PriorityQueue()
        self.workers = workers
        self.timeline = []
        self.failed = []

    async def submit(self, name, priority=Priority.NORMAL, cost=0.1):
        job = Job(priority, name=name, cost=cost)
        await self.queue.put(job)
        return job

    async def worker(self, wid):
        loop = asyncio.get_running_loop()
        while True:
            job = await self.queue.get()
            try:
                job.attempts += 1
                start = loop.time()
                await asyncio.sleep(job.cost)
                if job.name.startswith("flaky") and job.attempts < 2:
                    raise RuntimeError(f"{job.name} flaked")
                self.timeline.append(f"{start:4.1f}-{loop.time():4.1f} w{wid} {job.priority.name:<8} {job.name}")
            except RuntimeError as exc:
                self.failed.append(str(exc))
                job.priority = Priority(min(job.priority + 1, Priority.LOW))
                await self.queue.put(job)
            finally:
                self.queue.task_done()

    async def run(self):
        tasks = [asyncio.create_task(self.worker(i), name=f"worker-{i}") for i in range(self.workers)]
        await self.queue.join()
        for t in tasks:
            t.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        return [type(r).__name__ for r in results]


async def main():
    s = Scheduler(workers=2)
    await s.submit("cleanup", Priority.LOW, 0.3)
    await s.submit("report", Priority.NORMAL, 0.2)
    await s.submit("flaky-sync", Priority.HIGH, 0.1)
    await s.submit("page-oncall", Priority.CRITICAL, 0.05)
    await s.submit("email", Priority.NORMAL, 0.1)
    j = await s.submit("audit", Priority.HIGH, 0.2)
    print(j, j < Job(Priority.HIGH, 10**6), s.queue.qsize(), s.queue.empty())
    print(sorted([Job(Priority.LOW, 1, "b"), Job(Priority.LOW, 0, "a"), Job(Priority.CRITICAL, 9, "c")]))
    outcome = await s.run()
    print(outcome)
    print("\n".join(s.timeline))
    print(s.failed)
    q = asyncio.PriorityQueue(maxsize=1)
    q.put_nowait((1, "x"))
    try:
        q.put_nowait((0, "y"))
    except asyncio.QueueFull:
        print("QueueFull", q.full(), q.maxsize)
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    lifo = asyncio.LifoQueue()
    for i in range(3):
        lifo.put_nowait(i)
    print([lifo.get_nowait() for _ in range(3)])
    try:
        lifo.task_done(); lifo.task_done(); lifo.task_done(); lifo.task_done()
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())

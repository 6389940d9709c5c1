# Source: written for Interleave's corpus in the style of "typed asyncio job scheduler with dataclasses" posts (not from a public source)
# Adapted: nothing
from __future__ import annotations

import asyncio
import enum
import heapq
from dataclasses import dataclass, field
from typing import Awaitable, Callable, Optional


class Status(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    action: Callable[[], Awaitable[int]] = field(compare=False, repr=False)
    status: Status = field(default=Status.PENDING, compare=False)
    result: Optional[int] = field(default=None, compare=False)


class Scheduler:
    def __init__(self, workers: int = 2):
        self._heap: list[Job] = []
        self.workers = workers
        self.history: list[str] = []

    def submit(self, job: Job) -> None:
        heapq.heappush(self._heap, job)

    async def _worker(self, wid: int) -> None:
        while self._heap:
            job = heapq.heappop(self._heap)
            job.status = Status.RUNNING
            self.history.append(f"w{wid}:{job.name}")
            try:
                job.result = await job.action()
                job.status = Status.DONE
            except Exception as exc:
                job.status = Status.FAILED
                print(f"worker {wid}: {job.name} failed: {exc}")

    async def run(self) -> None:
        await asyncio.gather(*(self._worker(i) for i in range(self.workers)))


def make_action(seconds: float, value: int) -> Callable[[], Awaitable[int]]:
    async def action() -> int:
        await asyncio.sleep(seconds)
        if value < 0:
            raise RuntimeError(f"negative {value}")
        return value * 2
    return action


async def main() -> None:
    s = Scheduler(workers=2)
    for prio, name, secs, val in [(3, "backup", 0.3, 1), (1, "email", 0.1, 2),
                                  (2, "report", 0.2, -1), (1, "sms", 0.05, 4),
                                  (5, "cleanup", 0.1, 5)]:
        s.submit(Job(prio, name, make_action(secs, val)))
    print("queued:", [j.name for j in sorted(s._heap)])
    await s.run()
    print("history:", s.history)
    print(Job(0, "x", make_action(0, 0)))
    print(Status.DONE, Status("failed"), Status.RUNNING.value)


asyncio.run(main())

# Source: written for Interleave's corpus in the style of "asyncio worker pool with result and error queues" examples (not from a public source)
# Adapted: nothing
import asyncio
import random
import statistics
from typing import NamedTuple

random.seed(2024)


class Result(NamedTuple):
    job_id: int
    worker: str
    value: float
    took: float


async def worker(name: str, jobs: asyncio.Queue, results: asyncio.Queue, errors: list):
    loop = asyncio.get_running_loop()
    while True:
        job_id, payload = await jobs.get()
        start = loop.time()
        try:
            await asyncio.sleep(payload / 10)
            if payload > 9:
                raise ValueError(f"payload {payload} too big")
            await results.put(Result(job_id, name, payload ** 0.5, round(loop.time() - start, 3)))
        except ValueError as e:
            errors.append((job_id, str(e)))
        finally:
            jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    results = asyncio.Queue()
    errors = []
    for job_id in range(15):
        jobs.put_nowait((job_id, random.randint(1, 10)))
    workers = [asyncio.create_task(worker(f"w{i}", jobs, results, errors)) for i in range(4)]
    await jobs.join()
    for w in workers:
        w.cancel()
    collected = []
    while not results.empty():
        collected.append(results.get_nowait())
    collected.sort()
    for r in collected:
        print(f"job {r.job_id:2d} by {r.worker}: {r.value:.3f} ({r.took}s)")
    print("errors:", errors)
    print("mean value:", round(statistics.mean(r.value for r in collected), 4))
    print("per worker:", {w: sum(1 for r in collected if r.worker == w) for w in sorted({r.worker for r in collected})})
    print(collected[0]._asdict())


asyncio.run(main())

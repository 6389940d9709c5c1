# Source: written for Interleave's corpus in the style of discrete-event simulations with asyncio (an elevator bank) (not from a public source)
# Adapted: nothing
import asyncio
import random
from dataclasses import dataclass

random.seed(11)


@dataclass
class Request:
    rid: int
    src: int
    dst: int
    t: float


class Elevator:
    SPEED = 0.5  # seconds per floor

    def __init__(self, name):
        self.name = name
        self.floor = 0
        self.queue: asyncio.Queue[Request] = asyncio.Queue()
        self.served = 0
        self.travelled = 0

    async def move_to(self, floor):
        dist = abs(self.floor - floor)
        await asyncio.sleep(dist * self.SPEED)
        self.travelled += dist
        self.floor = floor

    async def run(self, log):
        while True:
            req = await self.queue.get()
            loop = asyncio.get_running_loop()
            await self.move_to(req.src)
            wait = loop.time() - req.t
            await asyncio.sleep(0.3)
            await self.move_to(req.dst)
            log.append(f"{loop.time():6.1f} {self.name} delivered #{req.rid} {req.src}->{req.dst} (waited {wait:.1f}s)")
            self.served += 1
            self.queue.task_done()


def choose(elevators, req):
    return min(elevators, key=lambda e: (abs(e.floor - req.src) + e.queue.qsize() * 3, e.name))


async def main():
    elevators = [Elevator("A"), Elevator("B")]
    log = []
    runners = [asyncio.create_task(e.run(log)) for e in elevators]
    loop = asyncio.get_running_loop()
    for rid in range(10):
        await asyncio.sleep(random.choice([0.2, 0.5, 1.0, 1.5]))
        src, dst = random.sample(range(0, 10), 2)
        req = Request(rid, src, dst, loop.time())
        e = choose(elevators, req)
        await e.queue.put(req)
    await asyncio.gather(*(e.queue.join() for e in elevators))
    for r in runners:
        r.cancel()
    print("\n".join(log))
    for e in elevators:
        print(f"{e.name}: served={e.served} travelled={e.travelled} floors, now at {e.floor}")


asyncio.run(main())

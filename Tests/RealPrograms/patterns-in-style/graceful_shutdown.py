# Source: written for Interleave's corpus in the style of "graceful shutdown without signals" blog posts (not from a public source)
# Adapted: nothing
import asyncio


class Service:
    def __init__(self, name: str, period: float):
        self.name = name
        self.period = period
        self.ticks = 0
        self._stop = asyncio.Event()

    async def run(self):
        print(f"{self.name}: starting")
        try:
            while not self._stop.is_set():
                self.ticks += 1
                try:
                    await asyncio.wait_for(self._stop.wait(), timeout=self.period)
                except asyncio.TimeoutError:
                    pass
        finally:
            print(f"{self.name}: cleaned up after {self.ticks} ticks")

    def stop(self):
        self._stop.set()


async def stubborn():
    try:
        while True:
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: got cancelled, finishing current work")
        await asyncio.sleep(0.2)
        print("stubborn: done")
        raise


async def main():
    services = [Service("heartbeat", 0.3), Service("metrics", 0.7)]
    tasks = [asyncio.create_task(s.run(), name=s.name) for s in services]
    extra = asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(2)
    print("shutdown requested")
    for s in services:
        s.stop()
    extra.cancel()
    done, pending = await asyncio.wait(tasks + [extra], timeout=1)
    for t in sorted(done, key=lambda t: t.get_name()):
        state = "cancelled" if t.cancelled() else "finished"
        print(f"{t.get_name()}: {state}")
    print("pending:", len(pending))
    print("ticks:", {s.name: s.ticks for s in services})


asyncio.run(main())

# Source: written for Interleave's corpus in the style of rate-limiter blog posts (not from a public source)
# Adapted: nothing
import asyncio
from collections import deque
from dataclasses import dataclass, field


@dataclass
class TokenBucket:
    rate: float
    capacity: int
    tokens: float = field(init=False)
    last: float = field(init=False, default=0.0)
    waits: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        self.tokens = float(self.capacity)

    def _refill(self, now):
        elapsed = now - self.last
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.last = now

    async def acquire(self, n=1):
        loop = asyncio.get_running_loop()
        while True:
            self._refill(loop.time())
            if self.tokens >= n - 1e-9:
                self.tokens -= n
                return
            wait = (n - self.tokens) / self.rate
            self.waits.append(round(wait, 4))
            await asyncio.sleep(wait)


class SlidingWindow:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.stamps = deque()

    def allow(self, now):
        while self.stamps and now - self.stamps[0] >= self.window:
            self.stamps.popleft()
        if len(self.stamps) < self.limit:
            self.stamps.append(now)
            return True
        return False


async def client(name, bucket, n, log):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await bucket.acquire()
        log.append(f"{loop.time():6.2f}s {name}#{i}")


async def main():
    bucket = TokenBucket(rate=5, capacity=3)
    print(bucket)
    log = []
    await asyncio.gather(*(client(c, bucket, 3, log) for c in "ABC"))
    print("\n".join(log))
    print("waits:", bucket.waits[:5], len(bucket.waits))
    print(f"tokens left: {bucket.tokens:.3f}")

    window = SlidingWindow(limit=3, window=1.0)
    decisions = []
    for t in [0.0, 0.1, 0.2, 0.3, 0.95, 1.05, 1.15, 1.2, 2.5]:
        decisions.append(f"{t:.2f}:{'ok' if window.allow(t) else 'deny'}")
    print(" ".join(decisions))
    print(f"{'rate':>6}|{'cap':^5}|{'tokens':<8}|")
    print(f"{bucket.rate:>6.1f}|{bucket.capacity:^5d}|{bucket.tokens:<8.2f}|")


asyncio.run(main())

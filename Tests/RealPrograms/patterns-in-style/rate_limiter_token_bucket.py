# Source: written for Interleave's corpus in the style of blog posts on asyncio rate limiting (not from a public source)
# Adapted: nothing
import asyncio
import time


class TokenBucket:
    def __init__(self, rate: float, capacity: int):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self._lock = asyncio.Lock()

    def _refill(self):
        now = time.monotonic()
        elapsed = now - self.updated
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.updated = now

    async def acquire(self):
        async with self._lock:
            while True:
                self._refill()
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                wait = max((1 - self.tokens) / self.rate, 0.01)
                await asyncio.sleep(wait)


async def call_api(bucket: TokenBucket, i: int, start: float):
    await bucket.acquire()
    print(f"request {i:2d} sent at t={time.monotonic() - start:.2f}s")
    await asyncio.sleep(0.01)
    return i * i


async def main():
    bucket = TokenBucket(rate=5, capacity=3)
    start = time.monotonic()
    results = await asyncio.gather(*(call_api(bucket, i, start) for i in range(12)))
    print("results:", results)
    print(f"total time: {time.monotonic() - start:.2f}s")


asyncio.run(main())

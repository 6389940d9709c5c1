# a rate limiter with retries on ConnectionError, semaphores, events, conditions
import asyncio
import time
import functools
from collections import deque

class RateLimiter:
    def __init__(self, rate, per):
        self.rate, self.per = rate, per
        self.calls = deque()
        self._lock = asyncio.Lock()

    async def __aenter__(self):
        async with self._lock:
            now = time.monotonic()
            while self.calls and now - self.calls[0] >= self.per:
                self.calls.popleft()
            if len(self.calls) >= self.rate:
                wait = self.per - (now - self.calls[0])
                await asyncio.sleep(wait)
                self.calls.popleft()
            self.calls.append(time.monotonic())
        return self

    async def __aexit__(self, *exc):
        return False

def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except ConnectionError as e:
                    print(f"  attempt {attempt} failed: {e}")
                    await asyncio.sleep(0.1 * 2 ** attempt)
            raise RuntimeError(f"{fn.__name__} gave up")
        return wrapper
    return deco

attempts = {}

@retry(3)
async def call_api(i, limiter):
    async with limiter:
        attempts[i] = attempts.get(i, 0) + 1
        if i % 4 == 0 and attempts[i] < 2:
            raise ConnectionError(f"flaky {i}")
        await asyncio.sleep(0.05)
        return f"r{i}@{time.monotonic():.2f}"

async def main():
    limiter = RateLimiter(3, 1.0)
    results = await asyncio.gather(*(call_api(i, limiter) for i in range(8)), return_exceptions=True)
    for r in results:
        print(r)
    print(call_api.__name__, call_api.__wrapped__.__name__, round(time.monotonic(), 2))
    sem = asyncio.Semaphore(2)
    async def limited(n):
        async with sem:
            await asyncio.sleep(1)
            return n
    t0 = time.monotonic()
    print(await asyncio.gather(*(limited(n) for n in range(5))), time.monotonic() - t0)
    ev = asyncio.Event()
    async def waiter(k):
        await ev.wait()
        return k
    ts = [asyncio.create_task(waiter(k), name=f"w{k}") for k in range(3)]
    await asyncio.sleep(0.5)
    ev.set()
    print(await asyncio.gather(*ts), [t.get_name() for t in ts], ts[0].done())
    cond = asyncio.Condition()
    items = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: len(items) >= 2)
            return list(items)
    c = asyncio.create_task(consumer())
    for x in "ab":
        await asyncio.sleep(0.1)
        async with cond:
            items.append(x)
            cond.notify_all()
    print(await c)

asyncio.run(main())

# Source: written for Interleave's corpus in the style of "async memoization with TTL" snippets (not from a public source)
# Adapted: nothing
import asyncio
import functools
import time


def async_ttl_cache(ttl: float):
    def decorator(fn):
        cache = {}
        inflight = {}

        @functools.wraps(fn)
        async def wrapper(*args):
            now = time.monotonic()
            if args in cache:
                value, stamp = cache[args]
                if now - stamp < ttl:
                    wrapper.hits += 1
                    return value
            if args in inflight:
                wrapper.hits += 1
                return await inflight[args]
            wrapper.misses += 1
            fut = asyncio.ensure_future(fn(*args))
            inflight[args] = fut
            try:
                value = await fut
            finally:
                del inflight[args]
            cache[args] = (value, time.monotonic())
            return value

        wrapper.hits = 0
        wrapper.misses = 0
        wrapper.cache = cache
        return wrapper
    return decorator


@async_ttl_cache(ttl=1.0)
async def get_price(symbol: str) -> float:
    await asyncio.sleep(0.2)
    return round(len(symbol) * 10.25 + time.monotonic() % 7, 2)


async def main():
    prices = await asyncio.gather(*(get_price(s) for s in ["AAPL", "MSFT", "AAPL", "GOOG", "AAPL"]))
    print(prices, "hits", get_price.hits, "misses", get_price.misses)
    await asyncio.sleep(0.5)
    print(await get_price("MSFT"), "hits", get_price.hits)
    await asyncio.sleep(1)
    print(await get_price("MSFT"), "misses", get_price.misses)
    print(sorted(get_price.cache))


asyncio.run(main())

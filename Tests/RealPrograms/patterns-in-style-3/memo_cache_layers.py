# Source: written for Interleave's corpus in the style of caching tutorials (lru_cache, cached_property, an async TTL memoizer) (not from a public source)
# Adapted: nothing
import asyncio
import functools
from functools import cached_property, lru_cache


def async_memo(ttl):
    def decorator(fn):
        cache = {}
        inflight = {}
        stats = {"hits": 0, "misses": 0, "joined": 0}

        @functools.wraps(fn)
        async def wrapper(*args):
            loop = asyncio.get_running_loop()
            now = loop.time()
            if args in cache:
                value, expires = cache[args]
                if now < expires:
                    stats["hits"] += 1
                    return value
                del cache[args]
            if args in inflight:
                stats["joined"] += 1
                return await asyncio.shield(inflight[args])
            stats["misses"] += 1
            fut = loop.create_task(fn(*args))
            inflight[args] = fut
            try:
                value = await fut
            finally:
                del inflight[args]
            cache[args] = (value, loop.time() + ttl)
            return value

        wrapper.stats = stats
        wrapper.cache = cache
        return wrapper
    return decorator


CALLS = []


@async_memo(ttl=1.0)
async def lookup(user_id):
    CALLS.append(user_id)
    await asyncio.sleep(0.3)
    return {"id": user_id, "name": f"user{user_id}"}


@lru_cache(maxsize=3)
def slow_square(n):
    CALLS.append(f"sq{n}")
    return n * n


@lru_cache(maxsize=None, typed=True)
def typed_id(x):
    return f"{type(x).__name__}:{x}"


class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        print("  computing total")
        return sum(self.rows)

    @functools.cached_property
    def summary(self):
        return f"{len(self.rows)} rows, total {self.total}"


def count_paths(grid_w, grid_h):
    @functools.cache
    def paths(x, y):
        if x == 0 or y == 0:
            return 1
        return paths(x - 1, y) + paths(x, y - 1)
    return paths(grid_w, grid_h), paths.cache_info()


async def main():
    first = await asyncio.gather(lookup(1), lookup(1), lookup(2), lookup(1))
    print([u["name"] for u in first], lookup.stats)
    await asyncio.sleep(0.5)
    print(await lookup(1), lookup.stats)
    await asyncio.sleep(1.0)
    await lookup(1)
    print(lookup.stats, CALLS, sorted(lookup.cache))
    print(lookup.__name__, lookup.__wrapped__.__name__)

    for n in [1, 2, 3, 1, 4, 2, 5, 1]:
        slow_square(n)
    print(slow_square.cache_info(), CALLS[-6:])
    print(typed_id(1), typed_id(1.0), typed_id(True), typed_id.cache_info().currsize)

    r = Report([3, 4, 5])
    print(r.summary)
    print(r.total, r.__dict__)
    r.rows.append(10)
    print(r.total)
    del r.total
    print(r.total, Report.total.attrname, type(Report.__dict__["total"]).__name__)
    print(count_paths(10, 10))
    try:
        lru_cache(maxsize="big")
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())

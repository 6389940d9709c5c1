# Source: written for Interleave's corpus in the style of functools tutorials applied to async code (lru_cache, partial, singledispatch, reduce, cached_property) (not from a public source)
# Adapted: nothing
import asyncio
import functools
import operator


@functools.lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def total(self):
        print("  computing total")
        return functools.reduce(operator.add, self.rows, 0)


@functools.singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: int):
    return f"int:{value:,}"


@render.register(list)
def _(value):
    return "[" + ", ".join(render(v) for v in value) + "]"


async def delayed(value, delay, *, label="x"):
    await asyncio.sleep(delay)
    return f"{label}={value}"


async def main():
    print([fib(i) for i in range(10)])
    print(fib.cache_info())
    fib.cache_clear()
    print(fib.cache_info(), fib.__wrapped__.__name__)
    r = Report([1, 2, 3])
    print(r.total, r.total)
    del r.total
    print(r.total)
    print(render(1234567), render([1, "a", [2.5]]), render(None))
    quick = functools.partial(delayed, delay=0.1, label="quick")
    print(quick.func.__name__, quick.keywords)
    print(await asyncio.gather(quick(1), quick(2, label="renamed")))
    print(sorted(["b10", "a2", "a10"], key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b))))

    @functools.wraps(delayed)
    async def wrapper(*args, **kwargs):
        return (await delayed(*args, **kwargs)).upper()

    print(wrapper.__name__, await wrapper(5, 0))
    print(functools.reduce(lambda a, b: a * b, range(1, 6)), render.registry.keys().__len__())


asyncio.run(main())

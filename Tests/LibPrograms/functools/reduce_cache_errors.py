# reduce()'s argument errors as the C function words them, lru_cache with
# an unhashable argument (typed and untyped, bounded and not), the cache
# statistics, and a one-field namedtuple's docstrings.
import functools
import operator
from collections import namedtuple
from functools import lru_cache, reduce

for args, kwargs in [((), {}), ((operator.add,), {}), ((operator.add, [1], 0, 5), {}),
                     ((operator.add, [1]), {"initial": 0}), ((operator.add, 5), {}),
                     ((operator.add, [1, 2, 3], 10), {}), ((operator.add, []), {}),
                     ((operator.mul, range(1, 6)), {}), ((None, [1]), {})]:
    try:
        print(reduce(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)


@lru_cache(maxsize=2, typed=True)
def square(x):
    return x * x


@lru_cache(maxsize=None)
def unbounded(x):
    return len(x)


@lru_cache(maxsize=0)
def uncached(x):
    return len(x)


square(1)
square(1.0)
square(2)
square(1)
print(square.cache_info(), square.cache_parameters())
for f in (square, unbounded, uncached):
    try:
        print(f([1, 2]))
    except TypeError as e:
        print("TypeError", e)
print(square.cache_info(), unbounded.cache_info(), uncached.cache_info())
square.cache_clear()
print(square.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())

One = namedtuple("One", "x")
Two = namedtuple("Two", "x y")
print(One.__doc__, "|", One.__new__.__doc__, "|", Two.__doc__)
print(One(1), One._make([2]), One.x.__doc__)

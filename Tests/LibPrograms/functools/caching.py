# lru_cache (bounded, unbounded, maxsize=0, typed, kwargs, recursion), cache.
import functools


@functools.lru_cache
def square(x):
    print('  square', x)
    return x * x


print(square(3), square(3), square(4), square.cache_info())
print(square.cache_parameters())


@functools.lru_cache(maxsize=3)
def ident(x, *, tag=''):
    print('  compute', x, tag)
    return x


for args in [(1,), (2,), (1,), (3,), (4,), (2,), (1,)]:
    ident(*args)
print(ident.cache_info())
ident(1, tag='t')
ident(1, tag='t')
ident(tag='t', x=1)
print(ident.cache_info())
info = ident.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), info._fields)


@functools.lru_cache(maxsize=0)
def never(x):
    return x


never(1)
never(1)
print(never.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    print('  typed', type(x).__name__)
    return x


typed(1)
typed(1.0)
typed(1)
print(typed.cache_info())


@functools.lru_cache(maxsize=None)
def untyped(x):
    print('  untyped', type(x).__name__)
    return x


untyped(1)
untyped(1.0)
untyped(True)
print(untyped.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)


print(rec(10), rec.cache_info())


class Account:
    def __init__(self, rate):
        self.rate = rate

    @functools.lru_cache(maxsize=None)
    def interest(self, amount):
        print('  interest for', amount)
        return amount * self.rate


acct = Account(2)
print(acct.interest(10), acct.interest(10), Account.interest.cache_info().hits)

try:
    square([1])
except TypeError as e:
    print('TypeError', e)
try:
    functools.lru_cache('big')
except TypeError as e:
    print('TypeError', e)
print(functools.lru_cache(-5)(lambda: 1).cache_info().maxsize)

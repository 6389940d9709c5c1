import functools
import re
def r(o):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(o))
from functools import lru_cache, partial, reduce, wraps, singledispatch, cached_property, total_ordering, cache

@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__wrapped__(4), square.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident.cache_info())

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
print(sq(5), r(sq), sq.func is power, sq.args, sq.keywords)
p2 = partial(power, 2)
print(p2(10), p2(10, mod=1000), r(p2))
p3 = partial(p2, 3)
print(p3(), r(p3))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

def log_calls(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

@log_calls
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(float)
@describe.register(complex)
def _(x):
    return f"number {x}"
print(describe(1), describe([1, 2]), describe("s"), describe(2.5), describe(True), describe(1j))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(2)]
print(sorted(vs), max(vs), Version(1) <= Version(1), Version(2) > Version(1, 9), Version(1) >= Version(2))
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

class Pm:
    def __init__(self):
        self.v = 0
    def set(self, v):
        self.v = v
    set_five = functools.partialmethod(set, 5)
pm = Pm()
pm.set_five()
print(pm.v)
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)

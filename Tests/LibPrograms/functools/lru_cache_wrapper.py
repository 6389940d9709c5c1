# functools.lru_cache/cache: the three cache modes, keys (keywords, typed, unhashable), methods, statistics, copying, errors,
# and a memoised recursion (the wrapper adds no frame to tracebacks).
import functools, copy
@functools.lru_cache(maxsize=3)
def sq(x, *, p=2):
    print("compute", x, p)
    return x ** p
for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    sq(v)
print(sq.cache_info(), sq(2, p=3), sq(2, p=3), sq.cache_info())
print(sq.__name__, sq.__wrapped__.__name__, sq.cache_parameters(), type(sq).__name__, type(sq).__module__, type(sq).__qualname__)
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq, callable(sq))
sq.cache_clear(); print(sq.cache_info())
class C:
    def __init__(self, k): self.k = k
    @functools.lru_cache(maxsize=None)
    def m(self, x):
        print("m", self.k, x); return self.k * x
    def __hash__(self): return 7
    def __eq__(self, o): return self is o
c = C(3)
print(c.m(2), c.m(2), C.m.cache_info(), C.m(c, 2), type(C.__dict__['m']).__name__)
print(C.m is C.__dict__['m'])
@functools.lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@functools.lru_cache
def u(x): return x
print(u(5), u.cache_info())
try:
    u([1])
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: functools.lru_cache(maxsize="x"), lambda: functools.lru_cache(3)(5)]:
    try: bad()
    except TypeError as e: print("TypeError", e)
@functools.lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300), fib.cache_info())
@functools.lru_cache(maxsize=2)
def f2(n):
    return n if n < 2 else f2(n - 1) + f2(n - 2)
print(f2(25), f2.cache_info())
def boom(n):
    if n == 0: raise ValueError("deep")
    return g(n - 1)
g = functools.lru_cache(boom)
try:
    g(3)
except ValueError as e:
    print("ValueError", e, g.cache_info())
print(functools.lru_cache(maxsize=-5)(abs).cache_info())
print(sq.__doc__, sq.__qualname__, sq.__module__)
print(sorted(k for k in vars(sq)))
@functools.cache
def f(n):
    return f(n - 1) + 1 if n else 0
print(f(450))
def boom2(n):
    if n == 0:
        raise KeyError(n)
    return h(n - 1)
h = functools.cache(boom2)
h(2)

import asyncio, functools
from functools import singledispatch, singledispatchmethod, partial, partialmethod, cached_property, total_ordering, lru_cache, reduce, wraps, cache, cmp_to_key, update_wrapper

@singledispatch
def show(x):
    return f'obj {x!r}'
@show.register
def _(x: int):
    return f'int {x}'
@show.register(list)
def _(x):
    return f'list {len(x)}'
@show.register
def _(x: str | bytes):
    return f'strish {x!r}'

class A:
    @singledispatchmethod
    def m(self, x): return 'base'
    @m.register
    def _(self, x: int): return 'int'
    @m.register
    @classmethod
    def _(cls, x: float): return 'float cls'

class Cell:
    def __init__(self): self.state = 0
    def set(self, v, *, flag=False): self.state = (v, flag); return self
    on = partialmethod(set, True)
    off = partialmethod(set, False, flag=True)

class Data:
    def __init__(self, n): self.n = n; self.calls = 0
    @cached_property
    def total(self):
        self.calls += 1
        return sum(range(self.n))

@total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Ver({self.v})'

@lru_cache(maxsize=2)
def sq(x): return x * x

async def amain():
    print(show(1), show([1, 2]), show('a'), show(b'b'), show(2.5), show(True))
    print(show.registry.keys() if False else sorted(k.__name__ for k in show.registry), show.dispatch(bool).__name__)
    print(A().m('s'), A().m(1), A().m(1.5))
    c = Cell()
    print(c.on().state, c.off().state)
    d = Data(10)
    print(d.total, d.total, d.calls, 'total' in d.__dict__)
    del d.total
    print(d.total, d.calls)
    print(Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(1) > Ver(1), sorted([Ver(3), Ver(1)]))
    print(sq(2), sq(3), sq(2), sq(4), sq.cache_info())
    sq.cache_clear(); print(sq.cache_info())
    p = partial(int, base=2)
    print(p('101'), p, p.func, p.args, p.keywords)
    p2 = partial(partial(max, 1), 5, key=abs)
    print(p2(-7), p2.args, repr(p2))
    print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
    try:
        reduce(lambda a, b: a, [])
    except TypeError as e:
        print('TypeError', e)
    def deco(f):
        @wraps(f)
        def inner(*a, **k): return f(*a, **k)
        return inner
    @deco
    def hello(x: int) -> str:
        'doc'
        return str(x)
    print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__annotations__, hello.__qualname__)
    print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
    @cache
    def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(fib(50), fib.cache_info())
    @lru_cache
    def typed(x): return type(x).__name__
    print(typed(1), typed(1.0), typed.cache_info().currsize)
    @lru_cache(typed=True)
    def typed2(x): return type(x).__name__
    print(typed2(1), typed2(1.0), typed2.cache_info().currsize)
    print(cached_property.__name__, type(Data.total).__name__)
asyncio.run(amain())

import abc, asyncio, collections.abc as cabc
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
class Store(ABC):
    @abstractmethod
    async def get(self, k): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def create(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
class Partial(Store):
    async def get(self, k): return k
class Full(Partial):
    name = 'full'
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def helper(): return 'h'
for cls in (Store, Partial):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
print(sorted(Store.__abstractmethods__), sorted(Partial.__abstractmethods__), Full.__abstractmethods__, Full.create().name)
class Seq(cabc.Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
s = Seq([1, 2, 3, 2])
print(list(reversed(s)), s.index(2), s.count(2), 3 in s, list(iter(s)), isinstance(s, cabc.Reversible))
class MM(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MM(); m.update(a=1, b=2); m.setdefault('c', 3)
print(dict(m), m.pop('a'), m.popitem(), m.get('zz', 0), list(m.items()), list(m.keys()), m == {'c': 3}, 'c' in m)
m.clear(); print(len(m))
class S(cabc.Set):
    def __init__(self, it): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 4]), a.isdisjoint(S([9])), type(a & b).__name__)
class Meta(ABCMeta): pass
class Reg(metaclass=Meta): pass
Reg.register(int)
print(isinstance(1, Reg), issubclass(bool, Reg), issubclass(str, Reg), Reg.register(str) is str)
class Hookish(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hookish:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hookish), issubclass(int, Hookish), abc.get_cache_token() is not None)
class It(cabc.Iterator):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), iter(It()).__class__.__name__)
class AI(cabc.AsyncIterator):
    def __init__(self): self.n = 0
    async def __anext__(self):
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n
async def main():
    print([x async for x in AI()], isinstance(AI(), cabc.AsyncIterable), isinstance(main(), cabc.Coroutine) if False else '', isinstance(main, cabc.Callable))
    c = main.__call__ if False else None
asyncio.run(main())
try:
    class Bad(cabc.Mapping): pass
    Bad()
except TypeError as e:
    print('TypeError', e)
print(abc.ABC.__subclasshook__ is object.__subclasshook__ if False else '', type(Store), Store.__mro__)
class WithProp(ABC):
    @abstractproperty
    def x(self): ...
try:
    WithProp()
except TypeError as e:
    print('TypeError', e)
print(isinstance(Full.__dict__['create'], classmethod), getattr(Store.get, '__isabstractmethod__', None), abc.update_abstractmethods(Full) is Full)

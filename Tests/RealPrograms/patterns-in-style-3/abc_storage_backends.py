# Source: written for Interleave's corpus in the style of storage-abstraction examples (collections.abc mixins, ABC registration, __subclasshook__) (not from a public source)
# Adapted: nothing
import asyncio
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, MutableMapping, MutableSequence, Sequence, Sized, Container, Hashable, Callable, Awaitable, Coroutine, AsyncIterable, Generator


class TTLStore(MutableMapping):
    def __init__(self, clock, ttl):
        self._data = {}
        self._clock = clock
        self._ttl = ttl

    def __getitem__(self, key):
        value, expires = self._data[key]
        if self._clock() >= expires:
            del self._data[key]
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._data[key] = (value, self._clock() + self._ttl)

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        now = self._clock()
        return iter([k for k, (_, exp) in self._data.items() if exp > now])

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return f"TTLStore({dict(self.items())})"


class RingBuffer(MutableSequence):
    def __init__(self, size):
        self._items = []
        self._size = size

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)
        if len(self._items) > self._size:
            self._items.pop(0)

    def __repr__(self):
        return f"RingBuffer({self._items})"


class Backend(ABC):
    @abstractmethod
    async def get(self, key): ...

    @abstractmethod
    async def put(self, key, value): ...

    @classmethod
    @abstractmethod
    def scheme(cls) -> str: ...

    @classmethod
    def __subclasshook__(cls, sub):
        if cls is Backend and all(hasattr(sub, m) for m in ("get", "put", "scheme")):
            return True
        return NotImplemented


class MemoryBackend(Backend):
    def __init__(self):
        self.store = TTLStore(lambda: asyncio.get_running_loop().time(), ttl=1.0)

    async def get(self, key):
        await asyncio.sleep(0.01)
        return self.store.get(key, "<expired>")

    async def put(self, key, value):
        await asyncio.sleep(0.01)
        self.store[key] = value

    @classmethod
    def scheme(cls):
        return "mem"


class DuckBackend:
    async def get(self, key): return None
    async def put(self, key, value): pass
    @classmethod
    def scheme(cls): return "duck"


class Half(Backend):
    async def get(self, key): return 1


async def main():
    b = MemoryBackend()
    await b.put("a", 1)
    await asyncio.sleep(0.5)
    await b.put("b", 2)
    print(b.store, len(b.store), "a" in b.store, sorted(b.store.keys()))
    await asyncio.sleep(0.6)
    print(await b.get("a"), await b.get("b"), b.store)
    b.store.update(c=3, d=4)
    print(b.store.pop("c"), b.store.setdefault("e", 5), b.store.setdefault("d", 0), b.store.popitem(), dict(b.store))
    print(b.store == {"e": 5}, isinstance(b.store, Mapping), issubclass(TTLStore, MutableMapping))
    rb = RingBuffer(3)
    for i in range(5):
        rb.append(i)
    rb.extend([10, 11])
    rb.reverse()
    print(rb, rb.index(10), rb.count(11), 11 in rb, list(reversed(rb)), rb.pop(), rb)
    rb += [7]
    rb.remove(10)
    print(rb, isinstance(rb, Sequence), len(rb))
    print(issubclass(DuckBackend, Backend), isinstance(DuckBackend(), Backend), issubclass(int, Backend), MemoryBackend.scheme())
    try:
        Half()
    except TypeError as exc:
        print("TypeError:", exc)
    Sized.register(DuckBackend)
    checks = [(3, Hashable), ([], Hashable), ("x", Iterable), (5, Container), (len, Callable), (main(), Coroutine),
              (rb, MutableSequence), ((i for i in []), Generator), ({}, Sized), (DuckBackend(), Sized)]
    for obj, abc in checks:
        print(f"{type(obj).__name__:>10} {abc.__name__:<15} {isinstance(obj, abc)}")
        if asyncio.iscoroutine(obj):
            obj.close()
    print(sorted(TTLStore.__abstractmethods__), sorted(n for n in dir(MutableMapping) if not n.startswith("_"))[:6])


asyncio.run(main())

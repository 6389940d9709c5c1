# User generics (parameters, __orig_class__, substitution errors), runtime-checkable protocols and ParamSpec decorators around coroutines.
import asyncio, typing
from typing import Generic, TypeVar, Protocol, runtime_checkable, Iterator, AsyncIterator, Awaitable, Callable, Optional, Union, get_type_hints, ParamSpec
K = TypeVar('K'); V = TypeVar('V'); N = TypeVar('N', int, float); T = TypeVar('T')
class Repo(Generic[K, V]):
    def __init__(self): self._d: dict[K, V] = {}
    async def put(self, k: K, v: V) -> None:
        await asyncio.sleep(0.1); self._d[k] = v
    async def get(self, k: K) -> Optional[V]:
        await asyncio.sleep(0.05); return self._d.get(k)
    def __iter__(self) -> Iterator[K]: return iter(self._d)
class StrRepo(Repo[str, int]):
    pass
class Pair(Generic[T]):
    def __init__(self, a: T, b: T): self.a, self.b = a, b
    def swap(self) -> 'Pair[T]': return Pair(self.b, self.a)
    def __repr__(self): return f'Pair({self.a!r}, {self.b!r})'
print(Repo.__parameters__, Repo[str, int], Repo[str, int].__args__, StrRepo.__orig_bases__, StrRepo.__parameters__, StrRepo.__mro__)
r = Repo[str, int](); print(r.__orig_class__, type(r).__name__)
p = Pair[int](1, 2); print(p.swap(), p.__orig_class__, typing.get_args(p.__orig_class__))
print(Repo[K, list[V]][str, int], Repo[T, T][int], Pair[list[T]].__parameters__, Pair[Union[T, None]][str])
try:
    Repo[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    StrRepo[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Pair[int][str]
except TypeError as e:
    print(type(e).__name__, e)
print(get_type_hints(Repo.get), get_type_hints(Pair.swap) if False else '', Repo.put.__annotations__)
@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class AsyncCloser(Protocol):
    async def aclose(self) -> None: ...
class Conn:
    def __init__(self, n): self.n = n; self.closed = False
    def close(self): self.closed = True
    async def aclose(self): await asyncio.sleep(0.1); self.closed = True
class P2(SupportsClose, Protocol):
    def flush(self) -> None: ...
print(isinstance(Conn(1), SupportsClose), isinstance(Conn(1), AsyncCloser), isinstance('s', SupportsClose), issubclass(Conn, SupportsClose), P2._is_protocol, getattr(SupportsClose, '_is_runtime_protocol', None))
class Impl(SupportsClose):
    pass
print(Impl().close(), isinstance(Impl(), SupportsClose), Impl.__mro__[1].__name__)
def num(x: N) -> N: return x
print(N.__constraints__, num(3), typing.get_type_hints(num))
P = ParamSpec('P')
def logged(f: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
    async def w(*args: P.args, **kwargs: P.kwargs) -> T:
        print('call', f.__name__, args, kwargs); return await f(*args, **kwargs)
    return w
@logged
async def add(a: int, b: int = 0) -> int:
    await asyncio.sleep(0.1); return a + b
async def main():
    repo = StrRepo()
    await asyncio.gather(repo.put('a', 1), repo.put('b', 2))
    print(list(repo), await repo.get('a'), await repo.get('z'))
    conns = [Conn(i) for i in range(3)]
    await asyncio.gather(*(c.aclose() for c in conns if isinstance(c, AsyncCloser)))
    print([c.closed for c in conns], await add(2, b=3), asyncio.get_running_loop().time())
asyncio.run(main())
print(typing.Generic, typing.Protocol, Repo.__class_getitem__.__name__ if hasattr(Repo.__class_getitem__, '__name__') else '', typing.get_origin(StrRepo), typing.get_origin(Repo[int, str]))

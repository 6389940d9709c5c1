# Subscripted generics as bases: MROs gain Generic, and CPython's errors for
# plain or repeated Generic and unlisted type variables.
import typing
from typing import Generic, TypeVar, List, Dict, Protocol, Iterable
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V')
class L(List[int]): pass
print(L.__mro__, L.__parameters__ if hasattr(L, '__parameters__') else '')
class M(Dict[K, V]): pass
print(M.__mro__, M.__parameters__, M[str, int])
class G(Generic[T], List[T]): pass
print(G.__mro__, G.__parameters__)
class H(List[T], Generic[T]): pass
print(H.__mro__)
for src in ['class X(Generic[T], Generic[K]): pass', 'class X(Generic): pass', 'class X(Generic[T], Dict[K, V]): pass']:
    try:
        exec(src); print('ok', X.__mro__, X.__parameters__)
    except TypeError as e: print('TypeError', e)
class P(Protocol[T]):
    def get(self) -> T: ...
print(P.__mro__, P.__parameters__)
class Impl(P[int]): pass
print(Impl.__mro__)

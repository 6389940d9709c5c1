import typing
from typing import TypeVar, Generic, Protocol, runtime_checkable, Any, Iterator, Sequence, Mapping
T = TypeVar('T'); U = TypeVar('U', covariant=True)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def __repr__(self): return f'Box({self.v!r})'
class Pair(Box[T], Generic[T, U]): pass
print(Pair.__parameters__, Pair[int, str], Box[int](3), Box.__mro__)
print(typing.Generic in Box.__mro__, Box[int].__origin__ is Box)
try:
    Box[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    Generic[int]
except TypeError as e:
    print('TypeError', e)
@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], SupportsLen), isinstance(3, SupportsLen), issubclass(dict, SupportsLen))
class NP(Protocol):
    def meth(self) -> int: ...
try:
    isinstance(1, NP)
except TypeError as e:
    print('TypeError', e)
print(typing.get_type_hints(Box.__init__))
print(repr(typing.Any), typing.NoReturn, typing.Sequence[int], typing.Mapping[str, Any], typing.Tuple[int, ...], typing.Tuple[()], typing.Type[int])
print(typing.Iterable, typing.List, typing.Optional)
print(typing.Union[int], typing.Union[int, int], typing.Optional[typing.Union[int, str]])
print(typing.Union[int, str] == typing.Union[str, int], hash(typing.List[int]) == hash(typing.List[int]))
print(list[int], dict[str, list[int]], type(list[int]), list[int].__origin__, tuple[int, ...])
@typing.overload
def h(x: int) -> int: ...
@typing.overload
def h(x: str) -> str: ...
def h(x): return x
print(h(3))
@typing.final
class Fin: pass
print(Fin.__final__ if hasattr(Fin, '__final__') else 'nofinal')
print(typing.TYPE_CHECKING, typing.AnyStr, typing.Text)
class C:
    x: int
    y: 'str' = 'a'
    z: typing.ClassVar[int] = 3
print(typing.get_type_hints(C), C.__annotations__)
print(typing.is_typeddict(C) if hasattr(typing, 'is_typeddict') else '')
S = typing.TypeVar('S', bound='C')
print(S.__bound__)
print(typing.LiteralString if hasattr(typing,'LiteralString') else '', typing.Self, typing.Never)
def deco(fn: typing.Callable[..., T]) -> typing.Callable[..., T]: return fn
print(typing.get_type_hints(deco))

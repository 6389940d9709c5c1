from __future__ import annotations
import asyncio, typing
from typing import (Any, Optional, Union, List, Dict, Callable, TypeVar, Generic, Protocol,
    runtime_checkable, TypedDict, Literal, Annotated, ParamSpec, Concatenate, ClassVar, Final,
    NamedTuple, get_type_hints, get_origin, get_args, cast, overload, NewType, Awaitable, Coroutine, AsyncIterator)

T = TypeVar('T')
K = TypeVar('K', bound=str)
V = TypeVar('V', int, str)
P = ParamSpec('P')
print(T, K, V, P, P.args, P.kwargs, T.__name__, K.__bound__, V.__constraints__, T.__covariant__)

class Node(Generic[T]):
    def __init__(self, value: T, next: Optional[Node[T]] = None) -> None:
        self.value = value
        self.next = next

print(get_type_hints(Node.__init__))
print(Node[int], Node[int].__origin__, Node[int].__args__, Node.__parameters__)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class F:
    def close(self): pass

print(isinstance(F(), Closer), isinstance(1, Closer))

class Movie(TypedDict, total=False):
    title: str
    year: int

class Movie2(TypedDict):
    name: str

m: Movie = {'title': 'x'}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie2.__required_keys__, Movie.__total__)
print(get_type_hints(Movie))
print(Literal['a', 'b'], Annotated[int, 'meta'], get_args(Annotated[int, 'meta']), get_origin(Annotated[int, 'x']))
print(Callable[P, T], Callable[Concatenate[int, P], T], Callable[[int, str], bool], Callable[..., Any])
print(Optional[int], Union[int, str], Union[int, None, str], List[int], Dict[str, List[int]], ClassVar[int], Final[str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_origin(int | str), get_args(int | None), int | str)
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__)
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt._fields, Pt._field_defaults, get_type_hints(Pt))
print(Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[str])
def f(a: 'int', b: list[str] | None = None) -> dict[str, int]: ...
print(get_type_hints(f))
print(typing.get_type_hints(f, include_extras=True))
def g(x: Annotated[int, 'm']) -> None: ...
print(get_type_hints(g), get_type_hints(g, include_extras=True))
async def main():
    print(cast(int, 'x'), cast('List[int]', 1))
asyncio.run(main())

# typing aliases, generics, NamedTuple/TypedDict, Protocol + runtime_checkable, overload, get_type_hints with from __future__ import annotations, NewType, and the runtime errors.
from __future__ import annotations
from typing import (List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, TypedDict,
                    Protocol, runtime_checkable, cast, overload, Final, ClassVar, Literal, Annotated, get_type_hints,
                    Iterable, Iterator, Sequence, Mapping, get_origin, get_args, Set, FrozenSet, Type, NoReturn, TYPE_CHECKING, AsyncIterator, Awaitable, Coroutine, DefaultDict, Deque, Counter as TCounter, NewType, Self)
T = TypeVar("T")
K = TypeVar("K", bound=str)
print(T, K, repr(T), T.__name__, K.__bound__)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None], Tuple[int, ...], Callable[[int, str], bool], Callable[..., Any])
print(list[int], dict[str, int], tuple[int, str], int | None, int | str)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(Callable[[int], str]))
print(Literal["a", "b"], Annotated[int, "meta"], Final[int], ClassVar[int], Type[int], Set[int], Iterable[str], Sequence[int])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(3)
print(s.pop(), Stack[int], Stack.__parameters__ if hasattr(Stack, "__parameters__") else None)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def label(self) -> str:
        return f"{self.name}#{self.id}"
e = Emp("Guido")
print(e, e.label(), Emp._fields, Emp.__annotations__, Emp._field_defaults)
Pt = NamedTuple("Pt", [("x", int), ("y", int)])
print(Pt(1, 2))
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "X"}
print(m, Movie.__total__, sorted(Movie.__annotations__), type(m))
M2 = TypedDict("M2", {"a": int})
print(M2(a=1))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable))
class P2(Protocol):
    def x(self): ...
try:
    isinstance(3, P2)
except TypeError as e:
    print(e)
print(cast(int, "x"), cast("List[int]", 5), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3))
def g(a: int, b: "str" = "x") -> Optional[List[int]]:
    return None
print(get_type_hints(g), g.__annotations__)
class C:
    x: int
    y: ClassVar[str] = "a"
    z: Final = 3
print(get_type_hints(C), C.__annotations__)
UserId = NewType("UserId", int)
print(UserId(5), UserId, type(UserId(5)))
try:
    List[int]()
except TypeError as e:
    print(e)
try:
    Union[int]()
except TypeError as e:
    print(e)
print(Union[int, int], Union[int, Union[str, float]], Optional[Union[int, str]])
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence))
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
print(repr(Any), repr(NoReturn), Dict, List, Callable)
def h(x: int | None = None) -> list[int]: ...
print(h.__annotations__)
class Tree:
    def add(self, other: Tree) -> Tree:
        return self
print(get_type_hints(Tree.add))

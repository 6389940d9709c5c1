from __future__ import annotations
import typing
from typing import *
class P(Protocol):
    def run(self) -> int: ...
try:
    isinstance(1, P)
except TypeError as e:
    print("TypeError:", e)
TD = TypedDict("TD", {"a": int, "b": str}, total=False)
print(TD(a=1), TD.__total__, TD.__annotations__)
NT = NamedTuple("NT", [("x", int), ("y", float)])
print(NT(1, 2.0), NT._fields, NT.__annotations__)
A = Annotated[int, "meta"]
print(A, get_args(A), get_origin(A) is Annotated, Annotated[int, "m"].__metadata__)
print(Literal[1, 2] == Literal[2, 1], Literal[1, Literal[2]], Union[int, Union[str, int]], Optional[Union[int, str]])
T = TypeVar("T")
class Box(Generic[T]):
    item: T
    def get(self) -> T:
        return self.item
class IntBox(Box[int]):
    pass
print(Box[str], IntBox.__orig_bases__, Box.__parameters__, IntBox.__parameters__, get_type_hints(Box.get))
def f(a: List[int], b: "Dict[str, Box[int]]" = None, *args: int, **kw: str) -> Optional[Box[str]]:
    pass
print(get_type_hints(f))
print(f.__annotations__)
class Tree:
    children: list[Tree]
    parent: Optional[Tree] = None
print(get_type_hints(Tree))
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[T], Generic[T]):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Callable[..., int], Callable[[], None], Tuple[int, ...], Type[int], Iterable[str], Sequence[int], Awaitable[int])
print(typing.get_origin(Callable[[int], str]), typing.get_args(Callable[[int], str]), repr(NoReturn), repr(Never) if hasattr(typing, "Never") else None)
print(isinstance([], Sequence), isinstance({}, Mapping), issubclass(list, Iterable), isinstance(1, Hashable))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
S = TypeVar("S", int, str)
B = TypeVar("B", bound=float)
print(S.__constraints__, B.__bound__, repr(S), T.__name__)
UserId = NewType("UserId", int)
print(UserId(3), UserId, UserId.__supertype__)
print(reveal_type if False else "", assert_never.__name__, dataclass_transform.__name__ if hasattr(typing, "dataclass_transform") else "")
Vec = list[float]
def scale(v: Vec) -> Vec:
    return v
print(get_type_hints(scale), Vec, type(Vec))
print(Required, NotRequired, LiteralString, Self, TypeAlias)
class M(TypedDict):
    a: Required[int]
    b: NotRequired[str]
print(sorted(M.__required_keys__), sorted(M.__optional_keys__))

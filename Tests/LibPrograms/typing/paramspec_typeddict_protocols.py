# typing: TypeVar constraints/variance, ParamSpec/Concatenate, Generic subscription, Required/NotRequired, final, assert_never, Annotated extras, unions, protocols, NamedTuple forward refs and definition errors.
from typing import (TypeVar, Generic, ParamSpec, Concatenate, Callable, TypeAlias, Never, LiteralString, assert_never,
                    Required, NotRequired, TypedDict, is_typeddict, final, no_type_check, get_type_hints, Annotated, Optional,
                    Union, Any, Iterator, Generator, AsyncGenerator, Awaitable, Hashable, Sized, SupportsInt, SupportsFloat, Text, AnyStr, IO, Pattern, Match, ChainMap, OrderedDict, Mapping, MutableMapping, NamedTuple, Protocol, runtime_checkable, get_origin, get_args, dataclass_transform, reveal_type, TypeGuard, Self, Unpack, TypeVarTuple, ForwardRef)
import typing, collections.abc
T = TypeVar("T", int, str)
U = TypeVar("U", covariant=True)
P = ParamSpec("P")
print(T.__constraints__, U.__covariant__, repr(U), P, P.args, P.kwargs, repr(TypeVar("X", bound="Foo")))
Vec: TypeAlias = list[float]
print(Vec, Callable[P, int], Callable[Concatenate[int, P], str], Generator[int, None, str], AsyncGenerator[int, None], Iterator[int])
class Pair(Generic[T, U]):
    def __init__(self, a: T, b: U):
        self.a, self.b = a, b
print(Pair[int, str], Pair.__parameters__, Pair[int, str].__origin__ is Pair, get_args(Pair[int, str]), Pair(1, "x").a)
class Sub(Pair[int, str]):
    pass
print(Sub.__orig_bases__, Sub.__mro__[1:3] if False else "", issubclass(Sub, Pair))
class Movie(TypedDict):
    title: Required[str]
    year: NotRequired[int]
print(Movie.__required_keys__, Movie.__optional_keys__, is_typeddict(Movie), is_typeddict(dict))
class Base(TypedDict, total=False):
    a: int
class Child(Base):
    b: str
print(sorted(Child.__annotations__), Child.__required_keys__, Child.__optional_keys__)
@final
class F: pass
print(getattr(F, "__final__", None))
def handle(x: int | str) -> None:
    if isinstance(x, int):
        print("int", x)
    elif isinstance(x, str):
        print("str", x)
    else:
        assert_never(x)
handle(1); handle("s")
try:
    assert_never(3.0)
except AssertionError as e:
    print("AssertionError", e)
def f(x: Annotated[int, "units"], y: "Optional[str]" = None) -> "list[int]": ...
print(get_type_hints(f), get_type_hints(f, include_extras=True)["x"])
print(Annotated[int, "a"].__metadata__, get_origin(Annotated[int, "a"]), get_args(Annotated[int, "a", "b"]))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], int | str == Union[int, str], (int | None).__args__, type(int | str))
print(isinstance(3, int | str), issubclass(bool, int | None))
print(typing.Hashable is collections.abc.Hashable, Sized, Text is str, AnyStr, ForwardRef("X"))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen))
class Shape(Protocol):
    area: float
    def describe(self) -> str: ...
class Sq:
    area = 4.0
    def describe(self): return "sq"
def show(s: Shape) -> str: return s.describe()
print(show(Sq()))
try:
    Shape()
except TypeError as e:
    print(e)
class Node(NamedTuple):
    val: int
    nxt: "Optional[Node]" = None
n = Node(1, Node(2))
print(n, n._asdict()["nxt"], Node.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    TypeVar("T", int)
except TypeError as e:
    print(e)
try:
    Generic[int]
except TypeError as e:
    print(e)
try:
    Pair[int]
except TypeError as e:
    print(e)
print(typing.get_type_hints(Movie), typing.Optional[typing.List[typing.Dict[str, int]]], typing.Tuple[()], typing.Type["X"])
def deco(fn: Callable[P, T]) -> Callable[P, T]:
    return fn
@deco
def g(a: int) -> int: return a
print(g(5), typing.cast(str, 1), typing.TYPE_CHECKING, typing.NoReturn, typing.Never, typing.Self, typing.LiteralString)
print(typing.Literal[1, 2] == typing.Literal[2, 1], typing.Literal["a"].__args__, typing.Final[int].__args__ if hasattr(typing.Final[int], "__args__") else "")

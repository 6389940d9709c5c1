# typing at runtime without annotations: alias reprs and equality,
# get_origin/get_args, Optional/Union flattening, Literal, Annotated,
# Callable forms, TypeVar, NewType, cast/overload/final, Protocol with
# runtime_checkable, NamedTuple/TypedDict functional forms, errors.
import typing
from typing import (Any, Callable, Dict, Generic, List, Literal, NamedTuple, NewType, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, cast, get_args, get_origin,
                    overload, runtime_checkable)

print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Optional[str], Union[int, str, None], Any)
print(Callable[[int, str], bool], Callable[..., Any], typing.Awaitable[int], typing.Coroutine[Any, Any, int], typing.Type[int])
print(List, Dict, typing.Iterable, typing.Sequence[int], typing.Set[str], typing.FrozenSet[int], typing.DefaultDict[str, int])
print(Union[int, Union[str, int]], Union[int], Optional[Union[int, str]], Union[int, str] == Union[str, int], Optional[int] == Union[None, int])
print(Literal['a', 'b'], Literal[1] == Literal[1], Literal['a', 'b'] == Literal['b', 'a'], typing.Annotated[int, 'meta', 3])
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]), get_origin(Literal[1]), get_origin(int), get_origin(Callable[[int], str]))
print(get_args(Dict[str, int]), get_args(Union[int, str]), get_args(Callable[[int, str], bool]), get_args(Callable[..., int]), get_args(int))
print(get_args(typing.Annotated[int, 'x']), get_origin(typing.Annotated[int, 'x']) is typing.Annotated, get_args(Optional[int]))
T = TypeVar('T')
K = TypeVar('K', bound=str)
N = TypeVar('N', int, float)
C = TypeVar('C', covariant=True)
print(T, K, N, C, K.__bound__, N.__constraints__, T.__name__, List[T], Dict[K, T][str, int])
UserId = NewType('UserId', int)
print(UserId(5), UserId.__supertype__, UserId.__name__, cast(str, 5), cast('List[int]', 'x'), typing.TYPE_CHECKING)


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


print(parse(3), len(typing.get_overloads(parse)))


@runtime_checkable
class Closable(Protocol):
    def close(self): ...


class File:
    def close(self):
        return 'closed'


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


print(isinstance(File(), Closable), isinstance(3, Closable), issubclass(File, Closable), Box(3).item)
Point = NamedTuple('Point', [('x', int), ('y', int)])
p = Point(1, 2)
print(p, p.x, p._fields, Point.__annotations__, p._replace(y=5), p._asdict())
Movie = TypedDict('Movie', {'title': str, 'year': int})
m = Movie(title='Alien', year=1979)
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({'title', 'year'}), Movie.__total__, typing.is_typeddict(Movie))
print(int | str, int | None, (int | str) == (str | int), list[int], dict[str, list[int]], tuple[int, ...], type[int])
print(get_origin(int | str), get_args(int | str), get_origin(list[int]), get_args(dict[str, int]))
for bad in (lambda: Union[()], lambda: Optional[int, str], lambda: List[int, str], lambda: Callable[int], lambda: TypeVar('X', int),
            lambda: Any(), lambda: isinstance([], Protocol), lambda: Generic[int], lambda: List()):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

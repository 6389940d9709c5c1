# Source: written for Interleave's corpus in the style of typed repository-pattern examples (not from a public source)
# Adapted: nothing
import asyncio
from dataclasses import dataclass
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterator, List, NamedTuple, Optional,
                    Protocol, TypedDict, TypeVar, Union, get_type_hints, runtime_checkable, cast,
                    get_origin, get_args, Literal, overload)

K = TypeVar("K")
V = TypeVar("V")
T_co = TypeVar("T_co", covariant=True)


@runtime_checkable
class Identified(Protocol):
    id: int

    def describe(self) -> str: ...


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class UserDict(TypedDict, total=False):
    id: int
    name: str
    tags: List[str]


@dataclass
class User:
    id: int
    name: str

    def describe(self) -> str:
        return f"User#{self.id}({self.name})"


class Repository(Generic[K, V]):
    registry: ClassVar[Dict[str, int]] = {}

    def __init__(self) -> None:
        self._items: Dict[K, V] = {}

    async def save(self, key: K, value: V) -> None:
        await asyncio.sleep(0)
        self._items[key] = value

    async def get(self, key: K) -> Optional[V]:
        await asyncio.sleep(0)
        return self._items.get(key)

    def __iter__(self) -> Iterator[V]:
        return iter(self._items.values())

    def __class_getitem__(cls, params):
        alias = super().__class_getitem__(params)
        return alias


class UserRepo(Repository[int, User]):
    pass


def apply(fn: Callable[[int], str], value: int) -> str:
    return fn(value)


Shape = Literal["circle", "square"]


async def main():
    repo = UserRepo()
    for i, name in enumerate(["ann", "bob", "cy"], start=1):
        await repo.save(i, User(i, name))
    print([u.describe() for u in repo])
    print(await repo.get(2), await repo.get(9))
    print(isinstance(User(1, "x"), Identified), isinstance(Point(1, 2), Identified))
    p = Point(3.0, 4.0)
    print(p, p.norm(), p._replace(y=0), Point._fields, Point._field_defaults)
    print(p._asdict(), Point(1.5))
    ud: UserDict = {"id": 1, "name": "ann"}
    print(ud, UserDict.__total__, sorted(UserDict.__annotations__))
    print(get_type_hints(User), get_type_hints(apply))
    print(Repository[int, str], UserRepo.__orig_bases__, UserRepo.__mro__[1].__name__)
    print(get_origin(Dict[str, int]), get_args(Dict[str, int]), get_args(Optional[int]))
    print(Union[int, None] == Optional[int], Optional[List[int]], get_args(Shape))
    print(cast(int, "not really"), apply(lambda n: "*" * n, 3))
    print(T_co, K.__name__, Any, Callable[[int], str])
    print(Identified.__name__, getattr(Identified, "_is_protocol", None))


asyncio.run(main())

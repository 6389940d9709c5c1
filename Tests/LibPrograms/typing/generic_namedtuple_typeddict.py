# 3.11's generic NamedTuple and TypedDict, Required/NotRequired, the
# NamedTuple class-body rules (docstring, nested __qualname__, prohibited
# names) and the functional forms' module.
from typing import (Generic, NamedTuple, NotRequired, Required, TypedDict,
                    TypeVar, get_type_hints, is_typeddict)

T = TypeVar("T")


class Box(NamedTuple, Generic[T]):
    item: T
    n: int = 0


print(Box(1), Box[int], Box[int](2), Box.__parameters__, Box.__mro__)
print(Box(3)._replace(n=4), Box._fields, Box._field_defaults)

try:
    class Mixed(NamedTuple, dict):
        x: int
except TypeError as e:
    print("TypeError", e)


class Ext(NamedTuple):
    a: int


class Ext2(Ext):
    b: int = 0


print(Ext2(1), Ext2._fields)
try:
    class Underscore(NamedTuple):
        _a: int
except ValueError as e:
    print("ValueError", e)
try:
    class Overwrite(NamedTuple):
        a: int

        def _replace(self):
            pass
except AttributeError as e:
    print("AttributeError", e)
try:
    NamedTuple("X", [("a", int)], b=int)
except TypeError as e:
    print("TypeError", e)
X = NamedTuple("X", [("a", int)])
print(X, X(1), X.__module__)


class WithDoc(NamedTuple):
    """My doc."""
    a: int

    def __repr__(self):
        return "custom"

    def __str__(self):
        return "str!"


print(WithDoc(1), repr(WithDoc(1)), WithDoc.__doc__, WithDoc(1) == (1,), WithDoc(1) < (2,))


class Outer:
    class Inner(NamedTuple):
        a: int


print(Outer.Inner.__qualname__, Outer.Inner.__doc__, Outer.Inner(1))
match Ext(5):
    case Ext(a=5):
        print("matched")


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int


class Movie2(TypedDict):
    title: str
    year: NotRequired[int]


class Pair(TypedDict, Generic[T]):
    first: T
    second: T


print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__))
print(get_type_hints(Movie), get_type_hints(Movie2, include_extras=True))
print(is_typeddict(Movie), is_typeddict(dict), Movie(title="x"), type(Movie(title="x")))
print(Pair[int], Pair.__parameters__, Pair(first=1, second=2), Pair.__mro__)
try:
    class Bad(TypedDict, dict):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError", e)

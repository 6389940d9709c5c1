# Runtime protocol checks: SupportsX protocols look for their method; data
# protocols refuse issubclass; subscripting a user generic checks arity.
import typing
from typing import Protocol, runtime_checkable, Generic, TypeVar

for value in (1, 1.5, "x", b"y", [1], 2 + 3j, True, None):
    print(repr(value), [name for name in ("SupportsInt", "SupportsFloat", "SupportsIndex",
                                          "SupportsAbs", "SupportsRound", "SupportsComplex",
                                          "SupportsBytes")
                        if isinstance(value, getattr(typing, name))])
print(issubclass(int, typing.SupportsFloat), issubclass(str, typing.SupportsInt))


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


print(isinstance(Meters(3), typing.SupportsFloat), isinstance(Meters(3), typing.SupportsInt))


@runtime_checkable
class Named(Protocol):
    name: str


@runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str: ...


class Person:
    def __init__(self):
        self.name = "ann"

    def greet(self):
        return "hi " + self.name


print(isinstance(Person(), Named), isinstance(object(), Named), isinstance(Person(), Greeter))
print(issubclass(Person, Greeter), issubclass(int, Greeter))
try:
    issubclass(Person, Named)
except TypeError as e:
    print("TypeError:", e)

T = TypeVar("T")
U = TypeVar("U")


class Pair(Generic[T, U]):
    def __init__(self, a: T, b: U):
        self.a, self.b = a, b


class IntBox(Generic[T]):
    pass


class Concrete(IntBox[int]):
    pass


print(Pair[int, str], Pair[int, str](1, "a").b)
for make in (lambda: Pair[int], lambda: Pair[int, str, float], lambda: IntBox[int, int],
             lambda: Concrete[int]):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

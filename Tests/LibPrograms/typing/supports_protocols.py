# The Supports* protocols: runtime checkable, abstract, and SupportsAbs /
# SupportsRound generic in their return type (SupportsAbs[float]).
import typing
from typing import SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex
class Money:
    def __init__(self, c): self.c = c
    def __int__(self): return self.c // 100
    def __abs__(self): return Money(abs(self.c))
    def __round__(self, n=0): return self.c
print([isinstance(Money(1), p) for p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex)])
print([issubclass(t, SupportsIndex) for t in (int, bool, float, str)], issubclass(float, SupportsRound), isinstance(1j, SupportsComplex), isinstance(b"", SupportsBytes))
print(SupportsRound.__round__.__isabstractmethod__, sorted(SupportsAbs.__abstractmethods__), SupportsAbs[int].__origin__ is SupportsAbs)
try:
    SupportsInt()
except TypeError as e:
    print(e)
try:
    SupportsInt[int]
except TypeError as e:
    print(e)
print(repr(SupportsAbs), SupportsIndex.__mro__)


def is_unit(v: SupportsAbs[float]) -> bool:
    return abs(v) == 1.0


print(is_unit(-1), is_unit(0.5), typing.get_type_hints(is_unit))
print(SupportsRound[int], SupportsAbs.__parameters__, SupportsInt.__doc__)

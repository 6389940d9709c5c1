# PEP 646: `*args: *Ts` and `*args: *tuple[int, ...]` annotations.
from typing import TypeVarTuple, Generic
Ts = TypeVarTuple('Ts')
def g(*args: *Ts) -> None:
    return args
print(g(1, 2))
print(g.__annotations__)
def h(*args: *tuple[int, ...]): pass
print(h.__annotations__)
print(list(tuple[int, str]))
class Shape(Generic[*Ts]): pass
print(Shape.__parameters__)

# slots=True on a dataclass subclass lists only the slots its bases do not
# already have (CPython's _add_slots), '__weakref__' included.
import weakref
from dataclasses import dataclass, fields, replace


@dataclass(slots=True)
class Base:
    a: int
    b: int = 2


@dataclass(slots=True)
class Child(Base):
    c: int = 3


@dataclass(slots=True, weakref_slot=True)
class Ref(Child):
    d: int = 4


@dataclass(slots=True, weakref_slot=True)
class RefAgain(Ref):
    e: int = 5


class Plain:
    __slots__ = 'x'


@dataclass(slots=True)
class OverPlain(Plain):
    x: int
    y: int = 0


for cls in (Base, Child, Ref, RefAgain, OverPlain):
    print(cls.__name__, cls.__slots__, [f.name for f in fields(cls)])
c = Child(1)
print(c, replace(c, c=9))
r = RefAgain(1)
print(r, weakref.ref(r)() is r)

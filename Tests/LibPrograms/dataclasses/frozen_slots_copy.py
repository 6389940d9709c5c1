# A frozen, slotted dataclass copies and deep-copies (it gets
# __getstate__/__setstate__ as in CPython); replace() keeps it frozen.
import copy
import dataclasses
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Point:
    x: int
    y: int = 0


@dataclass(frozen=True, slots=True)
class Route:
    name: str
    stops: tuple = ()
    tags: list = field(default_factory=list, compare=False)


p = Point(1, 2)
q = copy.copy(p)
print(q, q == p, q is p, hash(q) == hash(p), p.__getstate__(), '__setstate__' in Point.__dict__)
r = Route('north', (p, Point(3)), ['fast'])
r2 = copy.deepcopy(r)
print(r2, r2.tags is r.tags, r2.stops[0] is p, r2 == r)
r3 = replace(r, name='south')
print(r3, r3.stops is r.stops)
try:
    r3.name = 'x'
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)


@dataclass(slots=True)
class Mutable:
    a: int
    b: list = field(default_factory=list)


m = Mutable(1, [2])
m2 = copy.deepcopy(m)
m2.b.append(3)
print(m, m2, '__getstate__' in Mutable.__dict__)

# Every name dir() lists for a plain instance can be fetched with getattr:
# object's order comparisons, __subclasshook__ and __getstate__ included.
from dataclasses import dataclass
from functools import total_ordering


class Plain:
    pass


@dataclass
class Point:
    x: int
    y: int

    def norm(self):
        return abs(self.x) + abs(self.y)


for obj in (Plain(), Point(1, -2)):
    missing = []
    for name in dir(obj):
        try:
            getattr(obj, name)
        except AttributeError:
            missing.append(name)
    print(type(obj).__name__, missing)

p = Point(3, 4)
print(p.__lt__(p), p.__ge__(1), object.__le__(p, p), Plain().__gt__(None))
print(Point.__subclasshook__(int), object.__subclasshook__())
print(p.__getstate__(), Plain().__getstate__(), object().__getstate__())
methods = [n for n in dir(p) if callable(getattr(p, n)) and not n.startswith("__")]
print(methods)
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) <= Version(2), Version(3) >= Version(2), Version(1) > Version(2))


class Slotted:
    __slots__ = ("a", "b")


print(object().__sizeof__(), Plain().__sizeof__(), Slotted().__sizeof__(), (5).__sizeof__())
print(Point(1, 2).__reduce_ex__(2)[0].__name__, Point(1, 2).__reduce_ex__(2)[2])


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


bump = counter()
bump()
bump.__closure__[0].cell_contents = 10
print(bump(), bump.__closure__[0].cell_contents)

# __slots__ restricts what instances may set (CPython's AttributeError),
# unless a class of the MRO has no __slots__ or lists "__dict__".
from dataclasses import dataclass
import weakref
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
p.x = 10
print(p.x, p.y)
for name in ("z", "__dict__"):
    try:
        setattr(p, name, 3) if name == "z" else getattr(p, name)
    except AttributeError as e:
        print("AttributeError:", e)
class Point3(Point):
    __slots__ = "z"
q = Point3(1, 2)
q.z = 3
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)
class Loose(Point):
    pass
r = Loose(1, 2)
r.anything = 5
print(r.anything, "anything" in r.__dict__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)
class Guarded:
    __slots__ = ("_v", "__weakref__")
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
g = Guarded()
g.v = 21
print(g.v, weakref.ref(g)() is g)
@dataclass(slots=True)
class Item:
    name: str
    qty: int = 0
it = Item("a", 2)
try:
    it.price = 3
except AttributeError as e:
    print("AttributeError:", e)
print(it, Item.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)

# user subclasses of float keep their type; arithmetic gives plain floats
class F(float):
    def __repr__(self):
        return f"F({float(self)!r})"
    def double(self):
        return F(self * 2)

x = F(1.5)
print(type(x).__name__, x, repr(x), str(x), x.double(), type(x + 1).__name__, x + 1, x * x, -x, type(-x).__name__, abs(F(-2.0)))
print(isinstance(x, float), x == 1.5, hash(x) == hash(1.5), x.is_integer(), x.as_integer_ratio(), round(x), int(x), f"{x:.3f}", x.hex())
class Money(float):
    def __new__(cls, value, currency="USD"):
        obj = super().__new__(cls, value)
        obj.currency = currency
        return obj
    def __str__(self):
        return f"{self.currency} {float(self):.2f}"
m = Money(3.14159, "EUR")
print(m, repr(m), m.currency, type(m).__name__, m > 3, sorted([Money(2), Money(1)]), m.real, type(m.real).__name__)
class G(float):
    pass
g = G("2.5")
print(g, repr(g), type(g).__name__, g.__class__ is G, float(g), type(float(g)).__name__, G(), {g: 1}[2.5], [g][0] is g)
g.attr = 1
print(g.attr, vars(g), g.__dict__)
print(F.fromhex("0x1p-1"), type(F.fromhex("0x1p-1")).__name__)
import math
print(math.floor(g), math.sqrt(G(4)), max(G(1), G(3)), sum([G(1), G(2)]), divmod(G(7), 2), G(7) // 2, G(7) % 2, 2 ** G(2), G(2) ** 2)
class T(float):
    def __add__(self, other):
        return T(float(self) + float(other) + 100)
print(T(1) + 1, 1 + T(1), type(1 + T(1)).__name__)
import json, copy, numbers, statistics
from enum import Enum
print(json.dumps({"v": G(1.25)}), json.dumps([F(2.0)]), "%.2f|%d|%s|%r" % (m, m, g, x), copy.copy(g), type(copy.copy(g)).__name__)
print(isinstance(g, numbers.Real), statistics.mean([G(1), G(2)]), G(1) < 2 < G(3), G(0) or "zero", bool(G(0.1)))
class Planet(float, Enum):
    MERCURY = 0.39
    EARTH = 1.0
print(Planet.EARTH, Planet.EARTH * 2, Planet(0.39), Planet.MERCURY.value, isinstance(Planet.EARTH, float))
class Meters(float):
    __slots__ = ()
    def __repr__(self):
        return f"{float(self)}m"
print([Meters(1), Meters(2.5)], Meters(3) + Meters(4), float.__repr__(Meters(3)), float(Meters("7")))
try:
    Meters("x")
except ValueError as e:
    print(e)
print(round(G(2.567), 2), type(round(G(2.567), 2)).__name__, G(2.5).__round__(), math.trunc(G(-2.5)), int(G(9.9)), G(3).real, G(3).conjugate(), type(G(3).conjugate()).__name__)

import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, repr(Color.WHITE), Color(5), repr(Color(0)), Color.RED | Color.BLUE in Color.WHITE, len(Color.WHITE))
print(Color.WHITE.name, Color(3).name, ~Color.RED, Color.RED ^ Color.WHITE, bool(Color.RED & Color.GREEN))
try:
    Color(8)
except ValueError as e:
    print("ValueError:", e)
class Strict(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
try:
    Strict(7)
except ValueError as e:
    print("ValueError:", e)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm(7), repr(Perm(7)), Perm(8), repr(Perm(9)), Perm.R + 1, Perm.R | 8, list(Perm(7)), format(Perm.R, "d"), f"{Perm.R|Perm.W}")
Api = Enum("Api", ["GET", "POST"], start=10)
print(list(Api), Api.GET.value, Api["POST"], Api(11))
Api2 = Enum("Api2", {"A": "a", "B": "b"})
print(Api2.A, Api2("b"), Api2.A.value)
class Level(IntEnum):
    LOW = 1
    HIGH = 3
print(Level.LOW < Level.HIGH, Level.HIGH > 2, sorted([3, Level.LOW]), max(Level), min(Level).name, Level(3), str(Level.HIGH), repr(Level.HIGH), Level.HIGH.real)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.value)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape.__members__.items())[-1], [m for m in Shape])
class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented
class Grade(OrderedEnum):
    A = 5
    B = 4
print(Grade.A >= Grade.B, Grade.B >= Grade.A)
try:
    Grade.A < Grade.B
except TypeError as e:
    print("TypeError:", e)
class E(Enum):
    X = enum.member(1) if hasattr(enum, "member") else 1
    Y = enum.nonmember(3) if hasattr(enum, "nonmember") else 3
    _ignore_ = ["tmp"]
print(list(E), E.Y)
try:
    class Ext(Level):
        MID = 2
except TypeError as e:
    print("TypeError:", e)
class Empty(Enum):
    pass
class Ext2(Empty):
    Z = 1
print(list(Ext2), Ext2.Z in Ext2, isinstance(Ext2.Z, Empty))
print(Color.RED.value, Color._member_map_["RED"] is Color.RED, Color.__members__["WHITE"])
print(Level.__members__ == dict(Level.__members__), type(Level.__members__).__name__)
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, S.A.upper(), S("bee"), "x" + S.B, S.A == "a", sorted(S))
try:
    Color.RED.value = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)

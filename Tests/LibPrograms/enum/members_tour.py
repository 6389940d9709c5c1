# enum members tour: aliases, IntEnum formatting, Flag/IntFlag composition, StrEnum, unique, tuple values with __init__, _generate_next_value_, functional API, custom __str__, extending a populated enum.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color), Color.RED.name, Color.RED.value)
print(f"{Color.RED}", f"{Color.RED!r}", "%s" % Color.GREEN, str(Color.BLUE), format(Color.RED, ""), Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, f"{Num.ONE}", f"{Num.ONE:>5}", sorted([Num.TWO, Num.ONE]), int(Num.TWO), str(Num.ONE), "%d" % Num.TWO)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), Perm(0), repr(Perm(0)), ~Perm.R, bool(Perm(0)), rw.value)
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4, repr(IP(8)), IP.A & 3, IP.A + 1)
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B == "bee", S.A.upper(), f"{S.B}", list(S))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
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
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY)
class Auto(Enum):
    A = auto()
    B = auto()
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def first(cls):
        return next(iter(cls))
print(Auto.B.describe(), Auto.first(), [m.value for m in Auto], Auto.A < Auto.B if False else "-")
try:
    Auto.A < Auto.B
except TypeError as e:
    print(e)
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(list(Lower), Lower.X.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, Animal.BEE.value, list(Animal))
Status = Enum("Status", [("ON", "on"), ("OFF", "off")])
print(Status("on"), Status.OFF.value)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}, Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), Color)
print(dir(Color.RED)[:5] if False else "", Color.RED.__class__.__name__)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
for name, member in Shape.__members__.items():
    print(name, member)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def __str__(self):
        return "my custom str! {0}".format(self.value)
print(Mood.FUNKY, f"{Mood.HAPPY}", repr(Mood.HAPPY))
try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print(e)
print(Perm.R | Perm.W | Perm.X, Perm(7), Perm(3).name, (Perm.R|Perm.X).name)

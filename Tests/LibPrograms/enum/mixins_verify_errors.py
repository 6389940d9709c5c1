# enum: _missing_, bytes mixin with __new__, Flag aliases and iteration, IntFlag/IntEnum formatting, member/nonmember, verify(UNIQUE/CONTINUOUS), protected attributes, redefinition errors, StrEnum, functional API.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum, EnumMeta, member, nonmember, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, global_enum, property as eprop, ReprEnum, EnumType
import enum
class Color(Enum):
    RED = "r"
    GREEN = "g"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Color("R"), Color("g"))
try:
    Color("x")
except ValueError as e:
    print(e)
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coord.PY, Coord.PY.label, Coord(1), Coord.PX.value)
class Week(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKDAYS = MON | TUE | WED
print(Week.WEEKDAYS, list(Week), Week.MON | Week.TUE, repr(Week.MON | Week.WED), Week(3), len(Week.WEEKDAYS) if hasattr(Week.WEEKDAYS, "__len__") else "", Week.WEEKDAYS.name)
print([m.name for m in Week.WEEKDAYS], Week.MON in Week.WEEKDAYS, ~Week.MON, Week.MON ^ Week.WEEKDAYS)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm(7), Perm.R | 8, repr(Perm(0)), str(Perm.R | Perm.W), format(Perm.R, "d"), Perm.R + 0, ~Perm.R, Perm(5).name, int(Perm.R | Perm.X))
class Sz(IntEnum):
    S = 1
    M = 2
    L = 3
print(max(Sz), Sz.M > Sz.S, Sz.M * 2, [s for s in Sz if s >= 2], Sz(3).name, Sz["L"], Sz.S.__class__.__mro__[:3])
print(str(Sz.S), f"{Sz.S}", format(Sz.S, "03d"), repr(Sz.S), "%s %d" % (Sz.M, Sz.M))
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
    @property
    def phrase(self):
        return self.name.replace("_", " ").title()
print(Http(404).phrase, Http.OK == 200, Http.OK in [200], {200: "x"}[Http.OK], sorted([Http.NOT_FOUND, Http.OK]))
class E(Enum):
    A = 1
    B = nonmember(2)
    @member
    def C(self):
        return 3
print(E.A, E.B, type(E.C).__name__)
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class V2(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print(e)
class Ord(Enum):
    FIRST = 1
    SECOND = 2
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Ord.SECOND, Ord.FIRST]), Ord.FIRST.__class__ is Ord, isinstance(Ord, EnumMeta), type(Ord), EnumType is EnumMeta)
print(Ord.FIRST.name, Ord.FIRST._name_, Ord.FIRST._value_, Ord._member_names_, list(Ord._member_map_), Ord._value2member_map_)
try:
    Ord.FIRST.name = "x"
except AttributeError as e:
    print(e)
try:
    del Ord.FIRST
except AttributeError as e:
    print(e)
try:
    Ord()
except TypeError as e:
    print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
class S(StrEnum):
    NORTH = auto()
    SOUTH = "s"
print(S.NORTH, S.NORTH.value, S("s"), S.SOUTH + "!", ",".join(S), S.NORTH.upper(), isinstance(S.NORTH, str))
Shape = Enum("Shape", {"CIRCLE": 1, "SQUARE": 2})
print(Shape.SQUARE, Shape(1), Shape.__name__, Shape.CIRCLE.__class__.__module__)
print(Enum("X", "A B", start=10).B.value, IntEnum("Y", "P Q").Q + 1)
print(dir(Color)[:4] if False else "", Color.__members__, len(Color), bool(Color.RED), Color.RED.__hash__() == hash(Color.RED))
class Animal(Enum):
    DOG = 1
    CAT = 2
    def speak(self):
        return {Animal.DOG: "woof", Animal.CAT: "meow"}[self]
    def __str__(self):
        return self.name.lower()
    def __format__(self, spec):
        return format(str(self), spec)
print(Animal.DOG.speak(), Animal.CAT, f"[{Animal.CAT:>6}]", repr(Animal.DOG))
class Counter(Enum):
    _ignore_ = ["i"]
    ONE = 1
print([e for e in Counter], Counter.ONE is Counter(1), Counter["ONE"] is Counter.ONE, getattr(Counter, "ONE"))

import asyncio, enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    def describe(self): return f'{self.name}={self.value}'
    @classmethod
    def default(cls): return cls.RED

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Mode(IntFlag):
    A = 1
    B = 2
    C = 4

class Level(IntEnum):
    LOW = 1
    HIGH = 3

class S(StrEnum):
    A = auto()
    B = 'bee'

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

class Ali(Enum):
    A = 1
    B = 1

async def main():
    print(list(Color), Color.RED.describe(), Color.default(), Color(2), Color['BLUE'], repr(Color.GREEN))
    print(Perm.R | Perm.W, Perm.RW, repr(Perm.R | Perm.X), Perm.R in Perm.RW, ~Perm.R, Perm(0), bool(Perm(0)))
    print(list(Perm), list(Perm.RW), Perm.RW.name, (Perm.R | Perm.X).name)
    print(Mode.A | Mode.B, repr(Mode.A | Mode.C), Mode(7), Mode.A + 1, Mode(8) if False else '', ~Mode.A)
    print(Level.LOW < Level.HIGH, Level.HIGH + 1, repr(Level(3)), str(Level.LOW), f'{Level.LOW}', format(Level.LOW, '>5'))
    print(S.A, S.B, repr(S.A), S.A == 'a', S.B.upper(), f'{S.B}')
    print(Planet.EARTH.mass, Planet.MARS.value, repr(Planet.MARS))
    print(Ali.B, Ali.B is Ali.A, list(Ali), Ali.__members__)
    try:
        @unique
        class U(Enum):
            X = 1
            Y = 1
    except ValueError as e:
        print('ValueError', e)
    try:
        Color(9)
    except ValueError as e:
        print('ValueError', e)
    try:
        Color['NOPE']
    except KeyError as e:
        print('KeyError', e)
    Dyn = Enum('Dyn', 'A B C')
    print(list(Dyn), Dyn.B.value)
    Dyn2 = Enum('Dyn2', [('X', 10), ('Y', 20)])
    print(Dyn2.Y, Dyn2(10))
    print(Color.RED.name, Color.RED.value, type(Color.RED), isinstance(Color.RED, Color), len(Color))
    print({c: c.value for c in Color})
    print(Mode.A | 8, Perm.R & Perm.W, Perm.W ^ Perm.RW)
    class Ord(Enum):
        def _generate_next_value_(name, start, count, last_values):
            return name.lower()
        FOO = auto()
        BAR = auto()
    print(list(Ord), Ord.FOO.value)
    print(enum.Enum.__members__ if False else '', Color.__members__.keys())
asyncio.run(main())

# enum: Enum members (values, aliases, lookup by value/name, iteration,
# __members__, methods, custom __init__), auto, unique, StrEnum, Flag
# combinations and boundaries, functional API, errors.
from enum import Enum, Flag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name.lower()}={self.value}'

    @classmethod
    def default(cls):
        return cls.GREEN


class Status(StrEnum):
    ACTIVE = auto()
    PAUSED = auto()
    GONE = 'deleted'


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X


class Coin(Enum):
    PENNY = (1, 'copper')
    DIME = (10, 'silver')

    def __init__(self, cents, metal):
        self.cents = cents
        self.metal = metal


print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color(2), Color['BLUE'], Color.RED.name, Color.RED.value)
print(repr(Color.GREEN), str(Color.GREEN), f'{Color.BLUE}', Color.RED.describe(), Color.default(), list(Color.__members__))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print({Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: -c.value), [c.describe() for c in reversed(Color)])
print(list(Status), Status.ACTIVE, repr(Status.PAUSED), Status.GONE == 'deleted', Status('paused'), Status.ACTIVE.upper(), f'{Status.GONE:>9}|')
print(list(Perm), Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RWX, Perm(3), ~Perm.R, Perm.W in Perm.RWX, bool(Perm(0)), repr(Perm(0)))
print(list(Perm.RWX), len(Perm.R | Perm.W), (Perm.R | Perm.W) & Perm.W, Perm.RWX ^ Perm.R, Perm.R.value, Perm.RWX.name, (Perm.R | Perm.W).name)
print(Coin.DIME.cents, Coin.DIME.metal, Coin.PENNY.value, Coin((10, 'silver')))
Shape = Enum('Shape', 'CIRCLE SQUARE')
Size = Enum('Size', [('S', 1), ('L', 3)])
print(list(Shape), Shape.SQUARE.value, Size.L, Size(1))
match Color(3):
    case Color.RED:
        print('matched red')
    case Color.BLUE:
        print('matched blue')
for bad in (lambda: Color(7), lambda: Color['PINK'], lambda: setattr(Color, 'RED', 5), lambda: Perm(8), lambda: Status('x'),
            lambda: unique(Color)):
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)

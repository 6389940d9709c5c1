# Source: written for Interleave's corpus in the style of enum tutorials (Flag arithmetic, IntEnum, StrEnum) (not from a public source)
# Adapted: nothing
import asyncio
import enum
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    DELETE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE | DELETE


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


@unique
class Level(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label(self):
        return self.name.title()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            try:
                return cls[value.upper()]
            except KeyError:
                return None
        return None


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    BLUE = "blue!"


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


async def check(user, needed: Perm, granted: Perm):
    await asyncio.sleep(0.01)
    missing = needed & ~granted
    return user, bool(needed in granted), missing


async def main():
    rw = Perm.READ | Perm.WRITE
    print(rw, repr(rw), rw is Perm.RW, rw.name)
    print(Perm.ALL, list(Perm.ALL), len(Perm.ALL))
    print(~Perm.READ, Perm.READ in Perm.ALL, Perm(3), Perm(0), bool(Perm.NONE))
    print(Perm.READ | Perm.EXECUTE, (Perm.READ | Perm.EXECUTE).name)
    print(list(Perm), [p.name for p in Perm.__members__.values()])
    m = Mode.R | Mode.X
    print(m, repr(m), int(m), m + 1, Mode(7), Mode(8) if False else Mode(6))
    print(format(m), f"{Mode.W}", str(Mode.W), Mode.W == 2)
    print(Level(2), repr(Level(2)), Level("high"), Level.HIGH.label, Level.LOW < Level.HIGH)
    print(f"{Level.MEDIUM}", f"{Level.MEDIUM!r}", f"{Level.MEDIUM:>5}", Level.MEDIUM + 1)
    try:
        Level("extreme")
    except ValueError as exc:
        print("ValueError:", exc)
    print(Color.RED, repr(Color.RED), Color.BLUE.upper(), Color("green"), f"{Color.GREEN:>7}|")
    print(sorted(Level, reverse=True), max(Level).name)
    for p in Planet:
        print(f"{p.name:<8} {p.gravity:6.2f} {p.value[0]:.3e}")
    results = await asyncio.gather(
        check("ann", Perm.RW, Perm.ALL),
        check("bob", Perm.RW | Perm.DELETE, Perm.READ),
        check("cy", Perm.EXECUTE, Perm.NONE),
    )
    for user, ok, missing in results:
        print(f"{user}: ok={ok} missing={missing!r}")
    print(Perm.__members__.keys())
    print(enum.Flag.__name__, isinstance(Perm.READ, Flag), type(Perm.RW).__name__)
    Dyn = Enum("Dyn", "ALPHA BETA GAMMA")
    print(list(Dyn), Dyn.BETA.value, Dyn["GAMMA"])
    Shape = IntEnum("Shape", [("CIRCLE", 10), ("SQUARE", 20)])
    print(Shape.SQUARE, repr(Shape.CIRCLE), Shape(10) is Shape.CIRCLE)


asyncio.run(main())

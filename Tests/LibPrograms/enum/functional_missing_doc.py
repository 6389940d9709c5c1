# The functional API refuses duplicate names, _missing_ hooks that return a
# wrong value or raise, enum classes' __doc__, and str()/format() of the
# data-type mixins in 3.11.
import enum
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for args in [("a a",), ("a b a",), ([("x", 1), ("x", 2)],), ({"p": 1, "q": 1},), ("a,b, c",)]:
    show(lambda: list(Enum("E", *args)))


class A(Enum):
    X = 1

    @classmethod
    def _missing_(cls, value):
        return "bad"


class B(Enum):
    X = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError("custom")


class C(Enum):
    X = 1
    Y = 2

    @classmethod
    def _missing_(cls, value):
        for member in cls:
            if member.name.lower() == str(value).lower():
                return member


show(lambda: A(5))
show(lambda: B(5))
print(C("x"), C("Y"), C(1))
show(lambda: C("z"))


class Plain(Enum):
    A = 1


class Documented(IntEnum):
    "Mine."
    A = 1


print(Plain.__doc__, Plain.A.__doc__, Documented.__doc__, type(Plain).__name__)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm(5), repr(Perm(5)), Perm(13), repr(Perm(13)), f"{Perm.R}", str(Perm.R | 8))
print(list(Perm(7)), Perm(7) & 3, type(Perm(7) & 3).__name__)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), list(Color.WHITE), Color.WHITE, repr(Color.RED | Color.BLUE), f"{Color.RED | Color.GREEN}")
print(Color(0), Color.WHITE & ~Color.RED, len(Color), Color.RED in Color.WHITE, Color(5))
show(lambda: Color.RED in 1)


class Strict(Flag, boundary=enum.STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2


class Keep(IntFlag, boundary=enum.KEEP):
    A = 1
    B = 2


show(lambda: Strict(7))
show(lambda: Conform(7))
show(lambda: Keep(7))


class Num(IntEnum):
    ONE = 1
    TWO = 2


class Letters(StrEnum):
    A = "alpha"
    B = auto()


class Mixed(str, Enum):
    A = "a"


class MixedInt(int, Enum):
    A = 1


print(str(Num.ONE), format(Num.ONE), f"{Num.ONE:>4}|{Num.TWO:x}", "%s %r %d" % (Num.ONE, Num.ONE, Num.ONE))
print(str(Letters.A), f"{Letters.A}", "{:>7}".format(Letters.A), Letters.B, Letters("alpha"))
print(str(Mixed.A), f"{Mixed.A}", repr(Mixed.A), format(Mixed.A, ">3"), Mixed.A == "a")
print(str(MixedInt.A), f"{MixedInt.A}", repr(MixedInt.A), format(MixedInt.A, "03"))
show(lambda: enum.verify(enum.UNIQUE)(Enum("D", [("a", 1), ("b", 1)])))
show(lambda: enum.verify(enum.CONTINUOUS)(Enum("D2", [("a", 1), ("b", 3)])))

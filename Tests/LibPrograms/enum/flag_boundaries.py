# Flag boundaries (FlagBoundary.STRICT/KEEP), member/nonmember/_ignore_,
# enum.property, verify, mixins and formatting of IntEnum/StrEnum/IntFlag.
import enum
from enum import Enum, IntFlag, Flag, auto, IntEnum, StrEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary, member, nonmember, global_enum, ReprEnum
class P(IntFlag):
    R = 4; W = 2; X = 1
print(P.R | P.W, repr(P.R | P.W), str(P(7)), format(P(6)), P(0), repr(P(0)), P(8) if True else '', repr(P(9)), list(P(7)), P.R in P(6), ~P.R, P.R ^ P.W, 6 | P.X, type(6 | P.X))
class C(Flag, boundary=FlagBoundary.STRICT):
    A = 1; B = 2
try:
    C(4)
except ValueError as e:
    print(e)
class K(Flag, boundary=enum.KEEP):
    A = 1
print(repr(K(3)), K(3).value)
class Color(Enum):
    RED = 'r'
    _ignore_ = ['tmp']
    tmp = 5
    x = nonmember(3)
    @member
    def helper(): return 1
print([m.name for m in Color], Color.x, Color.helper.value())
class Weekday(IntEnum):
    MON = 1; TUE = 2
print(f'{Weekday.MON}', f'{Weekday.MON!r}', f'{Weekday.MON:>5}', '%s %d' % (Weekday.TUE, Weekday.TUE), Weekday.MON.name.title(), Weekday(2).__class__)
class S(StrEnum):
    A = 'alpha'
print(f'{S.A}', f'{S.A:>8}', S.A + '!', S('alpha'), S.A.value, str(S.A) == 'alpha', repr(S.A), S.A.name)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1; C = 3
except ValueError as e:
    print(e)
class Mixed(float, Enum):
    HALF = 0.5
print(Mixed.HALF, Mixed.HALF * 2, repr(Mixed.HALF))
class Prop(Enum):
    A = 1
    @enum.property
    def doubled(self): return self.value * 2
print(Prop.A.doubled, Prop.A._name_, Prop._member_names_, Prop._value2member_map_, Prop.__members__['A'])
class Ord(Enum):
    A = 1
    B = 2
    def __lt__(self, other): return self.value < other.value
print(sorted([Ord.B, Ord.A]), Ord.A < Ord.B, max(Ord, key=lambda m: m.value))
print(hash(Color.RED) == hash('RED'), Color.RED is Color('r'))
class F2(Flag):
    NONE = 0
    A = auto(); B = auto(); C = auto()
    AB = A | B
print(list(F2), F2.AB, F2.A | F2.B is F2.AB, F2.NONE, repr(F2(0)), len(F2), F2.AB.name, (F2.A|F2.C).name, bool(F2.NONE))

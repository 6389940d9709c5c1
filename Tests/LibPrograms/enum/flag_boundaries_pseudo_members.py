# Flag boundaries (STRICT errors, KEEP extra bits), IntFlag pseudo-members and negation, aliases, show_flag_values, formatting.
from enum import Flag, IntFlag, auto, STRICT, KEEP, CONFORM, EJECT, Enum
import enum
class P(Flag, boundary=STRICT):
    R = 1
    W = 2
    X = 16
for v in [3, 4, 17, 32, 255, -1]:
    try:
        print(v, repr(P(v)))
    except ValueError as e:
        print(v, type(e).__name__, e)
class M(IntFlag):
    A = 1
    B = 2
    AB = 3
    C = 8
print(list(M), repr(M(11)), M(11), repr(M(4)), repr(M(-1)), repr(~M.A), ~M.A, repr(M.A | 4), M(0), repr(M.AB), list(M.AB), M(3).name, M(11).name, M(4).name)
print(M.A | M.B is M.AB, M.AB & ~M.A, repr(M.C ^ M.AB), M.A + M.B, M.A * 3, -M.A, repr(M.A << 1), type(M.A << 1).__name__, M.C // 2, repr(abs(M.B)))
class K(Flag, boundary=KEEP):
    A = 1
    B = 4
print(repr(K(7)), K(7), K(2), repr(~K.A), list(K(7)), len(K(7)), K(7).name, K(7).value)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0
print(list(Color), list(Color.WHITE), repr(~Color.WHITE), repr(~Color.BLACK), repr(Color.RED | Color.GREEN), Color(7) is Color.WHITE, Color.BLACK in Color.RED, bool(Color.BLACK))
print(Color.__members__.keys(), [m for m in Color.__members__.values() if m._value_ & (m._value_ - 1) == 0])
print(enum.show_flag_values(5), enum.show_flag_values(0), Color._flag_mask_, Color._all_bits_, P._boundary_, M._boundary_)
print(format(M.A | M.C, 'd'), f'{M.AB:#x}', str(M.AB), f'{Color.RED}', f'{Color.RED!r}', '%s|%r' % (Color.GREEN, Color.GREEN), format(Color.BLUE, '>12'))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    def describe(self): return ''.join(c if self & getattr(Perm, c.upper()) else '-' for c in 'rwx')
print([Perm(i).describe() for i in range(8)], oct(Perm.R | Perm.X), Perm(5) == 5, {Perm.R: 1}[4], sorted([Perm.X, Perm.R, Perm.W]))
try:
    class Bad(Flag):
        A = 'x'
    print(Bad.A, Bad.A.value)
    print(Bad.A | Bad.A)
except TypeError as e:
    print(type(e).__name__, e)
class Neg(IntFlag):
    A = 1
    NEG = -2
print(list(Neg), repr(Neg.NEG), Neg(-2))

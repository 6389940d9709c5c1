# IntFlag/Flag values, pseudo-members (their truth is the int's), reprs, errors.
import enum
from enum import IntFlag, Flag, auto
class Perm(IntFlag):
    READ = auto(); WRITE = auto(); EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC
for v in range(9):
    p = Perm(v)
    print(v, repr(p), str(p), p.name, list(p), bool(p), p in Perm.ALL, int(p), format(p), f'{p:#06b}' if v < 8 else '')
print(Perm.RW | Perm.EXEC is Perm.ALL, Perm.ALL & ~Perm.WRITE, repr(Perm.ALL ^ Perm.READ), Perm.READ + Perm.WRITE, type(Perm.READ + 1), Perm.READ << 1, Perm.ALL == 7, hash(Perm.READ) == hash(1))
print(list(Perm), list(Perm.__members__), Perm._member_names_, Perm(3)._name_ if hasattr(Perm(3), '_name_') else '')
class Color(Flag):
    RED = 1; GREEN = 2; BLUE = 4
    WHITE = RED | GREEN | BLUE
print(repr(Color.WHITE), list(Color.WHITE), repr(~Color.RED), repr(Color(0)), Color(0).name, Color.RED | Color.BLUE, (Color.RED | Color.BLUE).name, repr(Color.BLUE & Color.WHITE))
for m in Color: print(m, m.value, m.name)
print(Color.RED in Color.WHITE, Color.WHITE in Color.RED, Color(6) == Color.GREEN | Color.BLUE, sorted(Color, key=lambda c: -c.value))
try:
    Color(8)
except ValueError as e: print(e)
try:
    Color.RED | 1
except TypeError as e: print(e)
print(enum.show_flag_values(13) if hasattr(enum, 'show_flag_values') else '', Perm.READ.bit_length(), (Perm.READ | Perm.EXEC).bit_count() if hasattr(int, 'bit_count') else '')

# len() of a Flag value counts all its set bits (int.bit_count), including
# bits KEEP lets through that no member names; a Flag member whose value is
# not an int fails when its value is or'ed into the class's flag mask.
from enum import Flag, IntFlag, KEEP, auto


class K(Flag, boundary=KEEP):
    A = 1
    B = 4


class M(IntFlag):
    A = 1
    B = 2
    C = 8


class Color(Flag):
    RED = auto()
    GREEN = auto()
    WHITE = RED | GREEN
    BLACK = 0


for v in [K(7), K(2), K(0), M(11), M(4), M(-1), Color.WHITE, Color.BLACK, ~Color.RED]:
    print(repr(v), len(v), list(v))

for value in ['x', 1.5, (1, 2)]:
    try:
        class Bad(Flag):
            A = 1
            B = value
        print(list(Bad))
    except TypeError as e:
        print(repr(value), type(e).__name__, e)

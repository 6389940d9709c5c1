# Fraction arithmetic with complex operands falls back to complex.
from fractions import Fraction

half = Fraction(1, 2)
for label, f in [('f + j', lambda: half + 1j), ('j + f', lambda: 1j + half), ('f * c', lambda: half * (2 + 2j)),
                 ('c - f', lambda: (1 + 1j) - half), ('f / c', lambda: half / 2j), ('c / f', lambda: 1j / half),
                 ('f == c', lambda: half == complex(0.5, 0)), ('f ** c', lambda: Fraction(4) ** 0.5),
                 ('f // c', lambda: half // 1j), ('f < c', lambda: half < 1j)]:
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, 'TypeError', e)

# fractions: construction (ints, strings, floats, other fractions),
# arithmetic with ints and floats, comparisons, hashing like int/float,
# rounding, limit_denominator, numbers ABCs, errors.
import math
import numbers
from fractions import Fraction

a, b = Fraction(3, 4), Fraction('-5/6')
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -1, b ** 3)
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.25, 0.5 * a, a ** 0.5, 2 ** Fraction(1, 2), -a, +b, abs(b))
print(Fraction(6, -4), Fraction(' 1.25 '), Fraction('3e-2'), Fraction('-.5'), Fraction('7'), Fraction(2.75), Fraction(0.1), Fraction(a))
print(Fraction(0.1).limit_denominator(), Fraction(math.pi).limit_denominator(100), Fraction(1, 3).as_integer_ratio(), Fraction(10, 4).numerator)
print(a == 0.75, a == Fraction(6, 8), a < b, b < 0, Fraction(1, 2) == 0.5, Fraction(2) == 2, a != 1, max(a, b, Fraction(7, 8)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), {Fraction(1, 2): 'x'}[0.5], sorted([b, a, Fraction(0)]))
print(float(a), int(b), math.floor(b), math.ceil(b), math.trunc(b), round(Fraction(5, 2)), round(Fraction(7, 2)), round(a, 1), round(Fraction(1234, 1), -2))
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(1, numbers.Integral), isinstance(1.0, numbers.Rational), bool(Fraction(0)))
print(sum(Fraction(1, n) for n in range(1, 6)), Fraction(1, 3) * 3 == 1, str(Fraction(5, 1)), Fraction(-1, 3) % 1)
for bad in (lambda: Fraction(1, 0), lambda: Fraction('1/0'), lambda: Fraction('abc'), lambda: Fraction(1.5, 2),
            lambda: Fraction(float('nan')), lambda: Fraction(float('inf')), lambda: a / 0, lambda: Fraction(0) ** -1):
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)

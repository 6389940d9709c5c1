# Exact sums whose numerators and denominators grow to thousands of bits:
# every addition reduces by a gcd of two big integers.
from fractions import Fraction
import math

h = Fraction(0)
for i in range(1, 700):
    h += Fraction(1, i)
print(h.numerator.bit_length(), h.denominator.bit_length(), float(h))
print(math.gcd(h.numerator * 6, h.denominator * 4))
print(math.gcd(3**2000 * 2**50, 3**1500 * 5**10) == 3**1500)
print(math.lcm(2**300 - 1, 2**200 - 1).bit_length())

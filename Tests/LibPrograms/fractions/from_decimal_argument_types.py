# Fraction.from_decimal takes Decimals and integers only; from_float floats
# and integers.
from decimal import Decimal
from fractions import Fraction

for value in (Decimal('2.5'), 7, True, Decimal('-0.125')):
    print(repr(value), '->', Fraction.from_decimal(value))
for value in (1.5, '2', Fraction(1, 3), None):
    try:
        Fraction.from_decimal(value)
    except TypeError as e:
        print('TypeError:', e)
for value in (Decimal('1.5'), '2'):
    try:
        Fraction.from_float(value)
    except TypeError as e:
        print('TypeError:', e)
print(Fraction.from_float(0.75), Fraction.from_float(3))
try:
    Fraction.from_decimal(Decimal('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    Fraction.from_decimal(Decimal('nan'))
except ValueError as e:
    print('ValueError:', e)


class Ratio(Fraction):
    pass


print(repr(Ratio.from_decimal(Decimal('0.5'))))
try:
    Ratio.from_decimal(0.5)
except TypeError as e:
    print('TypeError:', e)

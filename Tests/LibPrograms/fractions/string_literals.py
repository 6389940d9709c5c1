# Fraction's string parsing: CPython's _RATIONAL_FORMAT accepts signs,
# underscores between digits, decimal points and exponents, any Unicode
# decimal digits, surrounding whitespace; everything else is invalid.
from fractions import Fraction

for text in ['1e', '1E+', '1e-', '2e3', '2E-3', '1.5e+2', '-.5', '+3', ' 10/4 ', '\t7\n', '1_000/3',
             '3.1_4', '١٢/٣', '.5e1', '5.', '1/', '/2', '1 /2', '0x10', 'inf', 'nan', '1.2/3',
             '1__0', '_1', '1_', '1e_1', '--1', '+-1', '1/-2', '1/+2', '', ' ', 'e5', '.', '.e1', '1.e1']:
    try:
        print(repr(text), repr(Fraction(text)))
    except ValueError as e:
        print(repr(text), 'ValueError:', e)

# Decimal among int, float and Fraction: equality, ordering, hashing,
# conversions, sorting, sets and dict keys, statistics.
import math
from decimal import Decimal, getcontext, FloatOperation
from fractions import Fraction

D = Decimal
print(D(2) == 2, hash(D(2)) == hash(2), hash(D('2.000')) == hash(2))
print(D('1.5') == 1.5, hash(D('1.5')) == hash(1.5), D('0.1') == 0.1)
print(D(0.1) == 0.1, hash(D(0.1)) == hash(0.1))
print(D('0.5') == Fraction(1, 2), hash(D('0.5')) == hash(Fraction(1, 2)))
print(D('-0') == 0, hash(D('-0')), hash(D('-1')), hash(D('Infinity')),
      hash(D('-Infinity')))
print(D(1) < 2, D(1) < 1.5, D('2.5') > Fraction(5, 3), 3 > D('2.99'),
      D('1.1') <= 1.1, D('-Infinity') < -10 ** 100)
print(sorted([D('1.5'), 1, 0.5, Fraction(7, 4), D('-2'), True]))
print(min(D('3.0'), D(3)), max(D('3.0'), D(3)), max([D(1), 2.5, 2]))
print({D('1.0'), D(1), 1, 1.0}, {D(2): 'two'}[2], {2: 'int two'}[D('2.00')])
print(len({D('0.1'), D('0.10'), D('0.100')}))

x = D('-7.85')
print(int(x), float(x), round(x), round(x, 1), round(D('2.5')),
      round(D('3.5')), round(D('-0.5')))
print(math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x),
      math.sqrt(D(2)), complex(D('1.5')))
print(repr(round(D('1234.5678'), -2)), repr(round(D('0.125'), 2)))
print(x.as_tuple(), D('Infinity').as_tuple(), D('NaN').as_tuple())
print(x.as_integer_ratio(), D('0.25').as_integer_ratio(),
      D(10).as_integer_ratio(), Fraction(D('1.25')),
      Fraction.from_decimal(D('-0.5')))
print(D(x.as_tuple()), D((1, (1, 0, 5), -2)), D([0, [1], 3]),
      D((0, (), 'F')))
print(bool(D(0)), bool(D('0.00')), bool(D('NaN')), bool(D('0.01')))
print(x.is_signed(), x.is_zero(), x.is_nan(), D('NaN').is_nan(),
      D('sNaN').is_snan(), D('Infinity').is_infinite(), x.is_finite())
print(x.adjusted(), D('0.00123').adjusted(), D('1E+7').adjusted(),
      x.copy_abs(), x.copy_negate(), D(3).copy_sign(x))
print(D(1).compare(2), D(2).compare(D('2.0')), D(3).compare(1),
      D('NaN').compare(1))
print(D(7).max(D('7.00')), D(-7).min(D('-7.0')), D(2).max(D('NaN')),
      D(1).max(3), D(1).min(-1))
print(D('120.500').normalize(), D('0.000').normalize(),
      D('-1E+2').normalize(), D('5E-3').normalize())
print(D('2.5').to_integral_value(), D('3.5').to_integral_value(),
      D('-2.7').to_integral_value(), D('1E+3').to_integral_value())
print(D('1E+3').to_eng_string(), D('12345E-10').to_eng_string(),
      D('0.0001234').to_eng_string())
print(D(2).sqrt(), D('0.25').sqrt(), D(100).sqrt(), D('1E+4').sqrt(),
      D('0').sqrt(), D('1.44').sqrt())

# the constructor is exact; arithmetic rounds to the context
print(D(1.1), D(2 ** 70), D(-0.0), D(float('inf')), D('  12.50 '),
      D('1_000_000'), D('-.5e3'), D('inf'), D('-nan'))
print(D('3.14159265358979323846264338327950288') + 0)
print(D(10) ** 30, D('1.1') ** 2, D(2) ** -2, D(3) ** -1, D('0.5') ** 3)

# statistics and sums of money
import statistics
data = [D('1.25'), D('2.50'), D('3.75'), D('0.10')]
print(sum(data), statistics.mean(data), statistics.median(data))
print(statistics.fmean(data) == float(statistics.mean(data)))

# the FloatOperation flag records silent float mixing
ctx = getcontext()
ctx.clear_flags()
print(D(1) == 1.0, ctx.flags[FloatOperation])
ctx.clear_flags()
D('1.5') + 1
print(ctx.flags[FloatOperation])
print(ctx)

# median_grouped interpolates in floats: a midpoint or interval that
# float() rejects raises TypeError('Value cannot be converted to a float').
import statistics
from decimal import Decimal
from fractions import Fraction

print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.median_grouped([52, 52, 53, 54], interval=2))
print(statistics.median_grouped([Fraction(1, 2), Fraction(3, 2), Fraction(3, 2)]))
print(statistics.median_grouped([Decimal('1.5'), Decimal('2.5')], interval=Decimal('0.5')))
print(statistics.median_grouped(['1', '3', '3'], interval='2'))
for data, interval in ((['a', 'b'], 1), ([1, 2, 3], 'wide'), ([b'x'], 1)):
    try:
        print(statistics.median_grouped(data, interval))
    except TypeError as e:
        print('TypeError:', e)
try:
    statistics.median_grouped([])
except statistics.StatisticsError as e:
    print('StatisticsError:', e)

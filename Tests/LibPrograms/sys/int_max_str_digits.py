# CPython 3.11's limit on int <-> decimal str conversion, changed and
# disabled with sys.set_int_max_str_digits (0 means no limit).
import math
import sys

big = math.factorial(2000)
print(sys.get_int_max_str_digits(), big.bit_length())
for convert in [lambda: str(big), lambda: int('7' * 5000), lambda: f'{big:,}'[:10], lambda: '%d' % big,
                lambda: hex(big)[:12], lambda: int('f' * 5000, 16) > 0]:
    try:
        print(repr(convert())[:40])
    except ValueError as e:
        print('ValueError', e)
for bad in [100, -1, 'x']:
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), str(big)[:20], int('7' * 5000) % 1000)
try:
    str(10 ** 6000)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 20000)), len(str(int('9' * 30000))))
for call in [lambda: sys.getsizeof(), lambda: sys.getsizeof(1, 2, 3), lambda: sys.getsizeof(object()),
             lambda: sys.getsizeof(object=5)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)

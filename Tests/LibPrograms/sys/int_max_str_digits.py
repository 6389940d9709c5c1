# The int/str conversion digit limit through str, int, json, f-strings and Fraction; sys.set_int_max_str_digits.
import sys, json, fractions, decimal
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('9' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, len(hex(big)) > 100)
try:
    json.dumps(big)
except ValueError as e:
    print('json', type(e).__name__, e)
try:
    json.loads('1' * 5000)
except ValueError as e:
    print('json loads', type(e).__name__, e)
try:
    f'{big}'
except ValueError as e:
    print('fstr', type(e).__name__, e)
try:
    print(repr(fractions.Fraction(big, 3))[:20])
except ValueError as e:
    print('fraction', type(e).__name__, e)
sys.set_int_max_str_digits(6000); print(len(str(big)), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0); print(len(str(10 ** 10000)))
sys.set_int_max_str_digits(4300)
print(len(str(10 ** 4299)), (10 ** 4300).bit_length())
try:
    '%d' % (10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)

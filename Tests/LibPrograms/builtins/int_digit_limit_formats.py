# Decimal text of big integers: every formatting path refuses a number over
# sys.get_int_max_str_digits() before converting it, and with the limit
# lifted the long conversions (both ways) give CPython's digits.
import sys

big = 7 ** 20000
attempts = [
    ('%d', lambda: '%d' % big), ("b'%d'", lambda: b'%d' % big), ('%i', lambda: '%i' % -big),
    ("format d", lambda: format(big, 'd')), ("format ,", lambda: format(big, ',')),
    ('str', lambda: str(big)), ('f-string', lambda: f'{big:>10}'), ('repr list', lambda: repr([big])),
]
for name, attempt in attempts:
    try:
        attempt()
    except ValueError as e:
        print(name, '->', e)
print(len('%x' % big), len(format(big, 'x')), len(bin(big)), len(oct(-big)))
try:
    int('9' * 5000)
except ValueError as e:
    print(e)

sys.set_int_max_str_digits(0)
text = str(big)
print(len(text), text[:20], text[-20:], len('%d' % big), ('%d' % -big)[:5], format(big, ',')[-12:])
print(int(text) == big, int('9' * 30000) == 10 ** 30000 - 1, int('-' + '1' * 5000) % 97)
print(int('z' * 3000, 36) % 1000003, int('12' * 2000, 7) % 1000003, int('1_0' * 2000) % 1000003)
print(str(10 ** 5000)[:3], len(str(10 ** 5000 - 1)), str(-(2 ** 70000))[:10], str(2 ** 64 * 10 ** 1300)[-5:])
sys.set_int_max_str_digits(5000)
print(len(str(7 ** 5000)), sys.get_int_max_str_digits())

# The most negative machine int (-2**63) through operators and builtins
# whose machine-word fast paths must not trap on it (abs and negation of
# -2**63 overflow a 64-bit word).
import math
import sys

m = -sys.maxsize - 1
print(m / 4, m / -4, 4 / m, m / m)
print(abs(m), -m, m // -1, divmod(m, -1), m * -1, m % -1, m - 1, m + m)
print(math.gcd(m, 6), math.gcd(m), math.gcd(m, m), math.lcm(m, 3), math.copysign(1, m))
print(round(m, -2), hash(m), m.bit_length(), pow(m, 2), m >> 70, m << 1, ~m)
print(m.to_bytes(9, "big", signed=True), str(m), format(m, ","), "%d" % m, hex(m), oct(m), bin(m)[:8])
print(range(m, 0, sys.maxsize)[1], m < 0, m == -2**63, float(m), int(float(m)) == m)
for call in (lambda: b"abcd".hex(":", m), lambda: b"abcd".hex(":", 2**40), lambda: len(range(m, sys.maxsize))):
    try:
        print(call())
    except OverflowError as e:
        print("OverflowError", e)
print(b"abcdef".hex(":", -2), b"abcdef".hex(":", 4))

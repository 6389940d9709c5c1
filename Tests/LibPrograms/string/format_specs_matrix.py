# format() specs over ints, floats, bools and strs (fill, align, sign, grouping, #, %, n), f-string nesting and =, %-formatting and their errors, int/float parsing, rounding, divmod.
import math
vals = [0, 1, -1, 42, 1234567, -9876543210, 3.14159, -0.0, 1e20, 1.5e-7, float('inf'), float('nan'), 2**70, True]
specs = ['', '>10', '<10', '^10', '*^12', '+', ' ', ',', '_', '08', '+08', '.2f', '10.3f', '.3e', '.2%', 'g', '.3g', '#x', '#o', '#b', 'x', 'X', 'n', '=+10', '010,.2f', '.0f', '#.0f', 'e', 'E', 'G', '%', '_x', '#_b']
for v in vals:
    for s in specs:
        try:
            r = format(v, s)
        except (ValueError, TypeError) as e:
            r = f"{type(e).__name__}: {e}"
        print(repr(v), repr(s), repr(r))
for s in ['abc', '']:
    for sp in ['', '>5', '<5', '^7', '.2', '10.1', '*>4', 's', 'd', ',', '=5']:
        try:
            r = format(s, sp)
        except (ValueError, TypeError) as e:
            r = f"{type(e).__name__}: {e}"
        print(repr(s), repr(sp), repr(r))
x = 12.5
w = 10
p = 3
print(f"{x:{w}.{p}f}|{x!r:>8}|{'hi'!r:^10}|{x=}|{x = :.1f}|{w*2=}")
print(f"{'{'}{{}}{'}'}")
print(f"{3.0:g} {1e16:g} {1e-5:g} {123456789.0:g} {0.0001:g} {100000.0:g} {1000000.0:g}")
print(f"{1/3:.15g} {2/3!s} {1e22} {1e16} {1.0e15} {123456789012345678.0}")
print(repr(0.1+0.2), repr(1e-10), repr(-1.5e300), str(1e100), 5e-324)
print("%s %r %d %i %5.2f %-5d| %05d %x %X %o %e %g %c %c %%" % ("s", "r", 42, 7, 3.14159, 3, 42, 255, 255, 8, 12345.678, 0.00001, 65, "z"))
print("%(name)s is %(age)03d" % {"name": "Al", "age": 7})
print("%+d % d %#x %#o %.3s %*d %-*d|" % (5, 5, 255, 8, "abcdef", 5, 42, 4, 1))
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1234567891)]:
    try:
        print(bad[0] % bad[1])
    except Exception as e:
        print(type(e).__name__, e)
print(format(1234.5, ',.2f'), format(-1234, '_d'), format(10**6, ','), format(0.5, '.0%'))
print('{:>{w}}|{:<{w}}|{:^{w}}'.format('a', 'b', 'c', w=5))
print('{0} {1} {0}'.format('x', 'y'), '{a[0]} {b.real}'.format(a=[9], b=3))
print('{!r:>10} {!s}'.format('q', 'q'))
try:
    '{} {}'.format(1)
except IndexError as e:
    print("IndexError", e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    format(3, '.2s')
except ValueError as e:
    print(e)
try:
    format('a', 'd')
except ValueError as e:
    print(e)
try:
    f"{3:zz}"
except ValueError as e:
    print(e)
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(2.675, 2), round(5, 1), type(round(2.5)))
print(int('  12 '), int('0x1f', 16), int('1_000'), int('z', 36), float(' 1e3 '), float('-inf'), int(-3.9))
for bad in ['12a', '', ' ', '1.5', '0x10']:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    float('abc')
except ValueError as e:
    print(e)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, divmod(7.5, 2), 2 ** -1, (-8) ** (1/3) if False else 0, pow(3, 4, 5), pow(2, -1, 7))
print(1e308*10, -1e308*10, 10**20 / 3, 7 / 2, 6 / 3, math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(hex(-255), oct(8), bin(-5), hex(2**64), int.from_bytes(b'\x01\x00', 'big'), (1024).to_bytes(2, 'little'), (255).bit_length(), (7).bit_count())
print(str(10**30), repr(-10**25), 10**30 // 7, 10**30 % 7, -(10**30) // 7)

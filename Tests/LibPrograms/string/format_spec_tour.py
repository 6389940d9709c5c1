from datetime import datetime, date
import math
n = 1234567.891
print(f"{n:,.2f}|{n:_.1f}|{n:>15,.2f}|{n:<15.1e}|{n:^15g}|{n:+.3g}|{n:015.2f}")
print(f"{42:08b}|{42:#x}|{42:#X}|{42:#o}|{42:c}|{255:_x}|{2**40:,}|{-42:=+8d}|{42: d}")
print(f"{0.25:%}|{0.25:.1%}|{1/3:.3}|{1e-7:g}|{1e16:g}|{123456789.0:e}|{math.pi:10.4f}|")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|{'fill':*^11}|{'trunc':.3}|{'x':=>4}")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):%} {-0.0:f} {0.0:+}")
name, items = "Ann", ["a", "b"]
print(f"{name!r} {name!s} {name!a} {'é'!a} {items!r:>15}")
x = 10
y = 3.14159
print(f"{x=} {y=:.2f} {x + 1 = } {name.upper()=}")
width, prec = 12, 3
print(f"{y:{width}.{prec}f}|{y:>{width}}|{'s':{'^'}{5}}|")
print(f"{{literal}} {x:{'>'}5} {'nested ' + f'{x:03}'}")
d = datetime(2021, 7, 4, 15, 30, 5, 123456)
print(f"{d:%Y-%m-%d %H:%M:%S.%f} {d:%A %B %j %U %w %y %I%p %a %b} {date(2020, 2, 29):%d/%m}")
print("{:>8} {:<8} {:^8}!".format("a", "b", "c"))
print("{0} {1} {0} {name}".format("x", "y", name="z"), "{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3j))
print("{:,}".format(10**12), "{:.2%}".format(0.12345), "{!r:^10}".format("q"))
print("%s %r %d %5.1f %-5s| %05d %x %o %e %c %%" % ("s", "r", 42, 3.14159, "ab", 42, 255, 8, 12345.678, 65))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%.3s" % "abcdef", "%*d" % (5, 42), "%+d %+d" % (1, -1))
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec.endswith("usd"):
            return f"${self.amount:{spec[:-3]}}"
        return format(self.amount, spec)
    def __repr__(self):
        return f"Money({self.amount})"
    def __str__(self):
        return f"{self.amount} money"
m = Money(12.5)
print(f"{m:.2fusd} {m:>8} {m!r} {m!s} {m}", format(m, "06.1f"), "{:.1fusd}".format(m))
for bad in ["{:d}", "{:,s}", "{0:=5}", "{:z}"]:
    try:
        print(bad.format("s"))
    except ValueError as e:
        print("ValueError:", e)
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{x}".format(y=1))
except KeyError as e:
    print("KeyError:", e)
try:
    print("%d" % "s")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("a",))
except TypeError as e:
    print("TypeError:", e)
try:
    f"{1:.2d}"
except ValueError as e:
    print("ValueError:", e)
print(format(1234.5, ",.2f"), format(True, "d"), format(3, ".2f"), format("x", ""), format(None))
print("|".join(f"{v:>6.2f}" for v in [1, 22.333, -3.5]))
print(f"{1e21:f} {12345678901234567890:e} {0.000001234:.2e} {5:.0f} {2.5:.0f} {3.5:.0f}")
print(f"{'abc':>{2 * 3}s}", f"{3:{'0'}>{4}}", f"{b'bytes'!r}", f"{1+2j:.1f}")
print(str.format_map("{a} {b}", {"a": 1, "b": 2}))

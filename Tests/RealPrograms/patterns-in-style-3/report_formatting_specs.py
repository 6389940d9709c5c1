# Source: written for Interleave's corpus in the style of report-printing scripts (format specs, old-style %, str methods) (not from a public source)
# Adapted: nothing
import asyncio
import string
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction


SALES = [
    ("north", 1234567.891, 0.1234, -42),
    ("south-east", 98.5, 0.5, 7),
    ("west", 0.000123, 1.0, 0),
    ("über-central", 1e10, 0.98765, 123456),
]


async def load(region, delay):
    await asyncio.sleep(delay)
    return region


def table():
    header = f"{'region':<14}|{'revenue':>16}|{'share':>8}|{'delta':^9}|"
    print(header)
    print("-" * len(header))
    for region, revenue, share, delta in SALES:
        print(f"{region:<14.12}|{revenue:>16,.2f}|{share:>8.1%}|{delta:^+9d}|")
    print(f"{'':=^{len(header)}}")


def numbers():
    n = 255
    print(f"{n:b} {n:#b} {n:o} {n:#o} {n:x} {n:#X} {n:#010x} {n:_b} {n:08_b}")
    print(f"{-5:+05d} {5: d} {5:=+6d} {1234567:,} {1234567:_} {-1234.5:,.1f}")
    x = 3.14159265
    print(f"{x:.3} {x:.3g} {x:10.4f}| {x:<10.2e}| {x:e} {x:G} {1e-7:g} {1e16:g} {123456789.0:g}")
    print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {2.675:.2f} {-0.0:.1f} {float('nan'):5} {float('-inf'):+}")
    print(f"{12:%} {0.25:.0%} {1/3:.4} {2/3!r} {10**21:e} {1e22} {123.0} {1e-5}")
    w, p = 12, 3
    print(f"[{x:{w}.{p}f}] [{x:*^{w}.{p}}] [{'abc':{'>'}{w}}]")
    print(format(Decimal("1234.5678"), ",.2f"), format(Decimal("0.000012"), ".2e"), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    print(format(Fraction(1, 3), "") if hasattr(Fraction, "__format__") else Fraction(1, 3), Fraction(3, 4) + Fraction(1, 6), float(Fraction(7, 8)))
    print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234.5, -2), round(7, -1))


def old_style():
    print("%-10s|%5d|%7.2f|%x|%o|%e" % ("name", 42, 3.14159, 255, 8, 12345.678))
    print("%(who)s owes %(amt).2f (%(pct)d%%)" % {"who": "bob", "amt": 12.5, "pct": 30})
    print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
    print("%r %s %a %c %c" % ("x", b"y", "é", 65, "z"))
    print("%+.3e %G %g %5.1s|" % (0.000123, 1e-10, 1234567.0, "hello"))


def str_methods():
    s = "The quick brown fox"
    print(s.center(25, "*"), s.ljust(22, ".") + "|", s.rjust(22) + "|", "42".zfill(5), "-42".zfill(5))
    print(s.title(), s.swapcase(), s.casefold(), "hello world".capitalize())
    print(s.partition(" "), s.rpartition(" "), s.split(None, 2), s.rsplit(" ", 1))
    print("a\tbb\tccc".expandtabs(4) + "|", "line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
    table_ = str.maketrans({"a": "4", "e": "3", "o": None})
    print("hello avocado".translate(table_), "abc".translate(str.maketrans("abc", "xyz")))
    print(string.capwords("  hello   wide world "), string.Template("$who likes ${what}s").substitute(who="tim", what="kung pao"))
    print(string.Template("$a and $b").safe_substitute(a=1), "{0}-{1}-{0}".format("a", "b"), "{name!r:>8}".format(name="x"))
    print("{:>{width}}|{:<{width}}|".format("r", "l", width=4), "{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3j))
    print("{p.x}".format_map({"p": type("P", (), {"x": 5})()}), "%s" % ((1, 2),), "ab" * 3, "-".join("xyz"))
    print(" strip me ".strip(), "xxhixx".strip("x"), "prefix_name".removeprefix("prefix_"), "file.tar.gz".removesuffix(".gz"))
    print("Hello".startswith(("He", "x")), "abc".isidentifier(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), "ǅ".istitle())
    print(repr("tab\there 'q' \"d\" \\ \x00 \u00e9 \U0001F600"), ascii("é😀"), "%s" % "é")


async def main():
    regions = await asyncio.gather(*(load(r[0], i / 10) for i, r in enumerate(SALES)))
    print(regions)
    table()
    numbers()
    old_style()
    str_methods()


asyncio.run(main())

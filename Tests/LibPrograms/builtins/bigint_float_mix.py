# Mixed big-int/float arithmetic converts the int with CPython's
# correctly-rounded int->float and its OverflowError when the int is too
# large; comparisons stay exact.
import math


def show(label, f):
    try:
        print(label, repr(f()))
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(label, type(e).__name__, e)


big = 10 ** 400
near = 2 ** 1023 + 2 ** 970
cases = {
    "big * 1.0": lambda: big * 1.0,
    "1.0 * big": lambda: 1.0 * big,
    "big + 0.5": lambda: big + 0.5,
    "0.5 - big": lambda: 0.5 - big,
    "big / 3": lambda: big / 3,
    "big / 2.0": lambda: big / 2.0,
    "2.0 / big": lambda: 2.0 / big,
    "big // 2.0": lambda: big // 2.0,
    "big % 2.0": lambda: big % 2.0,
    "big ** 0.5": lambda: big ** 0.5,
    "2.0 ** big": lambda: 2.0 ** big,
    "divmod(big, 1.5)": lambda: divmod(big, 1.5),
    "sum([big, 0.5])": lambda: sum([big, 0.5]),
    "float(big)": lambda: float(big),
    "big < 1e308": lambda: big < 1e308,
    "big > inf": lambda: big > math.inf,
    "big == inf": lambda: big == math.inf,
    "near * 1.0": lambda: near * 1.0,
    "(2**53 + 1) * 1.0": lambda: (2 ** 53 + 1) * 1.0,
    "(2**64 + 2**11 + 1) + 0.0": lambda: (2 ** 64 + 2 ** 11 + 1) + 0.0,
    "-(2**80) - 0.5": lambda: -(2 ** 80) - 0.5,
    "math.sqrt(big)": lambda: math.sqrt(big),
    "math.log10(big)": lambda: math.log10(big),
}
for label, f in cases.items():
    show(label, f)

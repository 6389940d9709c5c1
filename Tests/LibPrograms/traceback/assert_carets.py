# A failed assert's traceback underlines the comparison it tested (CPython
# 3.11 keeps the comparison's location on the raise), and nothing for other
# tests: a name, a call, a constant.
import sys
import traceback

x = 1
items = []


def check(n):
    if n == 0:
        assert x == 2
    elif n == 1:
        assert len(items) > 0, f"empty {items}"
    elif n == 2:
        assert not x == 1, "negated"
    elif n == 3:
        assert x > 0 and x < 0, "and"
    elif n == 4:
        assert x < 0 or x > 5
    elif n == 5:
        assert 0 < x < 1, "chained"
    elif n == 6:
        assert isinstance(x, str), "call"
    elif n == 7:
        assert items
    elif n == 8:
        assert x in [2, 3], "membership"
    elif n == 9:
        assert x is None


for n in range(10):
    try:
        check(n)
    except AssertionError:
        traceback.print_exc(file=sys.stdout)

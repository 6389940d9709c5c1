# sys.setrecursionlimit: programs raise it before recursing deeply; the
# value reads back, and bad arguments raise CPython's errors.
import sys

sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(150))
for bad in (0, -5, "10", 2.5):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())

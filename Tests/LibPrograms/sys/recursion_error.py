# Recursion past the program's recursion limit raises a catchable
# RecursionError (CPython's message); a handler may recurse again; the
# limit can be lowered and raised; setting it below the current depth fails.
import sys


def dive(n):
    try:
        return dive(n + 1)
    except RecursionError as e:
        return n, e


deepest, error = dive(0)
print(deepest > 900, type(error).__name__, error)

sys.setrecursionlimit(120)
print(sys.getrecursionlimit())
deepest, _ = dive(0)
print(80 < deepest < 120)


def retry(n):
    # Each handler recurses again: stays bounded by the same limit.
    try:
        return retry(n + 1)
    except RecursionError:
        if n % 40 == 0:
            return n
        raise


print(retry(0) % 40)

try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(type(e).__name__, str(e).split(" at ")[0])

sys.setrecursionlimit(1000)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(500))
try:
    print(count(5000))
except RecursionError as e:
    print("RecursionError:", e)

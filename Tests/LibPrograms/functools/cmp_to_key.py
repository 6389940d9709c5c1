# functools.cmp_to_key: sort keys compare through the cmp function (its
# result compared with 0 by the same operator), are unhashable, expose obj,
# and refuse comparison with other objects.
import functools


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "date", "banana", "plum"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse)))
print(max(words, key=functools.cmp_to_key(by_length_then_reverse)))
print(min(range(10), key=functools.cmp_to_key(lambda a, b: (a % 4) - (b % 4))))

K = functools.cmp_to_key(lambda a, b: a - b)
print(type(K).__name__, type(K(1)).__name__)
a, b = K(3), K(5)
print(a < b, a > b, a <= b, a >= b, a == b, a != b, K(2) == K(2))
print(a.obj, b.obj)
a.obj = 9
print(a > b)
print(K(obj=4).obj)

# The cmp function's result may be any object comparable with 0.
F = functools.cmp_to_key(lambda x, y: float(x - y) / 2)
print(sorted([3, 1, 2], key=F))

for bad in (lambda: hash(K(1)), lambda: K(1) < 1, lambda: K(), lambda: K(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError")

calls = []
def tracking(x, y):
    calls.append((x, y))
    return x - y
sorted([2, 1], key=functools.cmp_to_key(tracking))
print(calls)

# An exception from the cmp function propagates out of the sort.
def failing(x, y):
    raise ValueError("no order for %r and %r" % (x, y))
try:
    sorted([1, 2], key=functools.cmp_to_key(failing))
except ValueError as e:
    print(e)

# Many keys at once.
big = sorted(range(20000), key=functools.cmp_to_key(lambda x, y: (y % 7) - (x % 7) or x - y))
print(big[:5], big[-5:])

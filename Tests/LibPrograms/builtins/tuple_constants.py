# Tuple displays of literals are constants (CPython folds them at compile
# time) and the empty tuple is one object.
def pair():
    return (1, 2)


def nested():
    return ((1, "a"), (2.5, None, True), ())


print(pair() is pair(), pair() == (1, 2))
print(nested() is nested(), nested())
a = ()
b = ()
print(a is b, tuple() is a, tuple([]) is a, tuple("") is a)
t = (3, 4)
print(tuple(t) is t, tuple([3, 4]) is t, tuple([3, 4]) == t)


class Sub(tuple):
    pass


s = Sub((1,))
print(type(tuple(s)).__name__, tuple(s) is s, tuple(s) == (1,))
print(type(Sub()).__name__, Sub() == ())

# Mixed displays are built each time; equal values still compare equal.
x = 5
print((x, 1) is (x, 1), (x, 1) == (x, 1))
print((1, True, 1.0), (0.0, -0.0), (True,) == (1,))
print(hash((1, 2)) == hash(pair()), {(1, 2): "k"}[pair()])
for item in (1, "two", (3,)):
    print(item, end=" ")
print()
d = {}
d[1, 2] = "tuple key"
print(d[(1, 2)], d[pair()])

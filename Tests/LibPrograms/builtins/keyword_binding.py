# Keyword arguments bind to the right parameters on every call path
# (the VM binds simple keyword calls without the general algorithm; the
# general one handles the rest and raises CPython's TypeErrors).


def f(a, b=2, *, c=3, d):
    return (a, b, c, d)


def g(a, b, c=10, d=20):
    return a, b, c, d


def posonly(a, b, /, c=5):
    return a, b, c


def star(*args, k=1, **kw):
    return args, k, sorted(kw.items())


class C:
    def m(self, x, y=0, *, z=-1):
        return (x, y, z)

    @staticmethod
    def s(p, q=7):
        return p, q


print(f(1, d=4))
print(f(1, 9, d=4, c=8))
print(f(d=0, a=1))
print(g(1, c=3, b=2))
print(g(b=1, a=2))
print(g(1, 2, d=4))
print(posonly(1, 2, c=3))
print(star(1, 2, k=3, j=4))
print(C().m(1, z=2))
print(C().m(y=5, x=6))
print(C.s(q=1, p=2))
print(C.m(C(), 1, y=2))

for call in (
    lambda: f(1, 2),
    lambda: f(1, d=2, e=3),
    lambda: f(1, a=2, d=3),
    lambda: g(1, a=2),
    lambda: g(c=1),
    lambda: posonly(1, b=2),
    lambda: C().m(x=1, w=2),
    lambda: g(1, 2, 3, 4, c=5),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# Many calls through one call site: defaults are never shared between calls.
def acc(x, items=None, *, scale=1):
    items = [] if items is None else items
    items.append(x * scale)
    return items

print([acc(i, scale=i) for i in range(5)])
print(acc(1, items=[0], scale=3))


def deep(n, depth=0):
    return depth if n == 0 else deep(n - 1, depth=depth + 1)

print(deep(300))


# Instantiation and bound methods held in a variable, with keywords and
# defaults.
class Point:
    def __init__(self, x, y=0, *, label="p"):
        self.x, self.y, self.label = x, y, label

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.label!r})"

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy, label=self.label)


print(Point(1), Point(1, 2), Point(y=3, x=4), Point(5, label="q"))
move = Point(1, 1).moved
print(move(dy=2), move(3), move(dx=1, dy=1), move())
for bad in (lambda: Point(), lambda: Point(1, x=2), lambda: Point(1, 2, 3), lambda: move(dz=1),
            lambda: move(self=1), lambda: Point(1, label="a", y=2, z=0)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

# Unpacking a tuple or list subclass goes through its own __iter__.
class T(tuple):
    def __iter__(self):
        yield from super().__iter__()
        yield "extra"
class L(list):
    def __iter__(self):
        return iter(["x", "y"])
a, b, c = T((1, 2))
print(a, b, c)
p, q = L([1, 2, 3])
print(p, q)
*r, s = T((5,))
print(r, s)
from collections import namedtuple
P = namedtuple("P", "x y")
x, y = P(1, 2)
print(x, y)

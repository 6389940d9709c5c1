import os
import a.b.c as d, e
from x import y, z as w
from . import m
from ..pkg.mod import (a, b,)
from ... import q
from x import *
global g1, g2
x = y = z = 1
a, b = b, a
[a, *b] = c
(a, b), c = d
a.b = c[d] = 1
x += 1
x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6; x >>= 7; x <<= 8; x &= 9; x |= 10; x ^= 11; x @= m
x: int
y: list[int] = []
(z): int = 1
a.b: str = "s"
del a, b[1], c.d
del (x, y)
del [x, y],
assert x, "msg"
assert y
pass
raise
raise ValueError("x")
raise ValueError from None
raise E from e
if x: pass
while False: break
for i in range(3): continue
x = *a, *b
print(*args, sep='', end='\n')
x = yield
y = yield from z
x += yield
x = a, b,
for x, in y: pass
for x, y, in z: pass

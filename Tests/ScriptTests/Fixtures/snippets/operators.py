a = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 @ m
b = -x + +y - ~z
c = x << 1 >> 2 & 3 | 4 ^ 5
d = 2 ** -1 ** 2
e = not a and b or c and not d
f = a < b <= c > d >= e == f != g in h not in i is j is not k
g = a if b else c if d else e
h = (a := 10) + 1
i = lambda: 0
j = lambda x, y=1, *args, z, w=2, **kw: x
k = lambda a, b, /, c, *, d: a
l = await_ = 1
m = x[1], x[1:2], x[::3], x[1:2:3], x[:], x[a, b], x[1:2, ::3], x[..., 1]
n = x.y.z(1, *a, b=2, **c)
o = f(x for x in y)
p = [*a, *b], {*a}, {**a, 'b': 1}, (*a,)
q = -(1) ** 2
r = a.b[c](d).e
s = x[*a]
t = not not x
u = a or b or c
def v(): return (yield)
w = -1, -1.5, +2
x = a if b else (lambda: c)
y = [lambda: i for i in range(3)]
z = f(a)(b)(c)[d][e]

data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 5], y)
for i in range(3):
    pass
else:
    print('for else', i)
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
k = 0
while k < 3:
    k += 1
else:
    print('while else', k)
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z, [*range(3), *'ab'], {**{'a': 1}, 'b': 2}, {*'aab'} == {'a', 'b'})
print(1 < 2 < 3, 1 < 3 < 2, 0 <= 0 == 0)
def kw(a, /, b, *, c=3, **rest): return a, b, c, rest
print(kw(1, 2), kw(1, b=2, c=4, d=5), kw(*[1, 2], **{'c': 0}))

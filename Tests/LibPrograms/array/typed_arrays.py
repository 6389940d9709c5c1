# array.array: construction, the sequence API, bytes, typecodes and
# CPython's overflow and type errors.
from array import array, typecodes, ArrayType

print(typecodes, ArrayType is array)
for code in 'bBhHiIlLqQfdu':
    a = array(code)
    print(code, a.itemsize, a.typecode, repr(a), len(a))

a = array('i', [3, 1, 4, 1, 5, 9, 2, 6])
print(a, a[0], a[-1], a[2:5], a[::-2], len(a), 4 in a, 7 in a)
a.append(5)
a.extend([3, 5])
a.extend(array('i', [8, 9]))
a.insert(0, 10)
a.insert(-1, 11)
a.insert(100, 12)
print(a, a.count(5), a.index(5), a.index(5, 6), a.pop(), a.pop(0))
a.remove(1)
a.reverse()
print(a)
a[0] = -7
a[1:3] = array('i', [20, 21, 22])
del a[-2:]
del a[::3]
print(a, a.tolist())
b = array('i', [1, 2]) + array('i', [3])
b *= 2
print(b, b * 2, 2 * b, b * 0, array('i') == array('i'))
b += array('i', [0])
print(b, sorted(b), sum(b), max(b), list(reversed(b)))
print(array('i', [1, 2, 3]) < array('i', [1, 2, 4]),
      array('i', [1, 2]) == array('d', [1.0, 2.0]),
      array('b', [5]) > array('b', [4, 9]),
      array('i', [1]) == [1], array('u', 'ab') < array('u', 'b'))

# floats: 'd' keeps doubles, 'f' rounds to single precision
f = array('f', [0.1, 1 / 3, 16777217, 1e39, -1e-50, 3.4028235e38])
d = array('d', [0.1, 1 / 3, 16777217, 1e39, -1e-50])
print(f)
print(d)
print(f[0] == 0.1, d[0] == 0.1, 0.1 in f, f[0] in f, f.tolist()[:2])
print(array('d', [1, 2.5, True]), array('f', range(4)))

# bytes round trips, little-endian
print(array('h', [1, -2, 300]).tobytes())
print(array('d', [1.0, -2.5]).tobytes().hex())
print(array('f', [1.0, -2.5, float('inf')]).tobytes().hex())
print(array('I', b'\x01\x00\x00\x00\xff\xff\xff\xff'))
print(array('b', b'\x80\x7f\xff'), array('B', bytearray(b'\x80\x7f\xff')))
g = array('d')
g.frombytes(array('d', [3.5, -0.0, 1e300]).tobytes())
print(g, repr(g[1]))
h = array('H', [1, 256, 65535])
h.byteswap()
print(h, h.tobytes())
q = array('q', [-2 ** 63, 2 ** 63 - 1])
print(q, array('Q', [2 ** 64 - 1]), array('L', [0, 2 ** 64 - 1]))

# unicode arrays
u = array('u', 'hello')
u.append('!')
u.fromunicode(' wörld')
print(u, u.tounicode(), u[1], u[1:3], u.tobytes()[:8])

# fromlist / tolist
fl = array('l')
fl.fromlist([1, 2, 3])
print(fl, fl.tolist() == [1, 2, 3], array('l', fl), array('d', fl))


def attempt(label, fn):
    try:
        result = fn()
    except Exception as exc:
        print(f'{label}: {type(exc).__name__}: {exc}')
    else:
        print(f'{label}: {result!r}')


for code, value in [('b', 128), ('b', -129), ('B', 256), ('B', -1),
                    ('h', 2 ** 15), ('h', -2 ** 15 - 1), ('H', 2 ** 16),
                    ('H', -1), ('i', 2 ** 31), ('i', -2 ** 31 - 1),
                    ('I', 2 ** 32), ('I', -1), ('l', 2 ** 63), ('L', -1),
                    ('L', 2 ** 64), ('q', 2 ** 63), ('Q', -1),
                    ('Q', 2 ** 64), ('b', 10 ** 20), ('I', 10 ** 20)]:
    attempt(f'{code} {value}', lambda: array(code, [value]))
attempt('bad typecode', lambda: array('x'))
attempt('no args', lambda: array())
attempt('float in int array', lambda: array('i', [1.5]))
attempt('str in double array', lambda: array('d', ['1.5']))
attempt('None in float array', lambda: array('f', [None]))
attempt('int in unicode array', lambda: array('u', [65]))
attempt('str init', lambda: array('b', 'abc'))
attempt('not iterable', lambda: array('d', 5))
attempt('index error', lambda: array('i', [1])[3])
attempt('setitem', lambda: array('i', [1]).__setitem__(0, 'x'))
attempt('setitem overflow', lambda: array('b', [1]).__setitem__(0, 300))
attempt('pop empty', lambda: array('i').pop())
attempt('pop range', lambda: array('i', [1]).pop(5))
attempt('remove', lambda: array('i', [1]).remove(2))
attempt('index', lambda: array('i', [1]).index(2))
attempt('add list', lambda: array('i', [1]) + [2])
attempt('add other kind', lambda: array('i', [1]) + array('d', [2]))
attempt('extend kind', lambda: array('i', [1]).extend(array('d', [2])))
attempt('frombytes', lambda: array('i').frombytes(b'abc'))
attempt('fromlist', lambda: array('i').fromlist((1, 2)))
attempt('slice list', lambda: array('i', [1, 2]).__setitem__(slice(0, 1), [5]))
attempt('extended slice',
        lambda: array('i', [1, 2, 3]).__setitem__(slice(0, 3, 2),
                                                  array('i', [9])))
attempt('tounicode', lambda: array('i').tounicode())
attempt('hash', lambda: hash(array('i')))
e = array('i', [1, 2])
attempt('partial extend', lambda: e.extend([3, 'x', 4]))
print(e)

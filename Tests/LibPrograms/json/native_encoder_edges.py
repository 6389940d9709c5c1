# json.dumps through the native encoder: escapes, unicode, numbers, keys,
# indent/separators/sort_keys, default= and cls=, circular references and
# deep nesting, container subclasses.
import json
import enum
from collections import OrderedDict

text = 'q"b\\s/ \b\f\n\r\t \x00\x1f\x7f caf\u00e9 \u2603 \U0001f600 end'
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False))
print(json.dumps({text: [text]}, ensure_ascii=False))
print(json.encoder.encode_basestring_ascii('x\u0100\U00010000'), json.encoder.encode_basestring('x\u0100"'))
for bad in (1, None, b'x'):
    try:
        json.encoder.encode_basestring_ascii(bad)
    except TypeError as e:
        print('TypeError', e)

print(json.dumps([0.1, 1e16, 1e-7, -0.0, 1.5e300, 123456789.125, 2**70, -2**64, 10**20 + 0.5]))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
try:
    json.dumps([1, [float('inf')]], allow_nan=False)
except ValueError as e:
    print('ValueError', e)


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class Color(enum.IntEnum):
    RED = 7


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), Color.RED, True, None]))
print(json.dumps({MyInt(1): 1, MyFloat(0.5): 2, Color.RED: 3, True: 4, False: 5, None: 6, 2.5: 7, 10**30: 8}))
print(json.dumps({'b': 1, 'a': {'d': [], 'c': {}}}, sort_keys=True))
try:
    json.dumps({1: 'x', 'a': 'y'}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps({(1, 2): 'x'})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 'x', 'k': 'v', 3: (4, 5)}, skipkeys=True))
print(json.dumps({(1, 2): 'x'}, skipkeys=True, indent=2))

data = {'name': 'n', 'list': [1, [2, []], {}], 'obj': {'k': [True, None]}, 'empty': ''}
for indent in (0, 2, '\t', '--', None):
    print(repr(json.dumps(data, indent=indent)))
print(json.dumps(data, indent=1, separators=(',', ' = ')))
print(json.dumps(data, separators=(',', ':'), sort_keys=True))
print(json.dumps(data, indent=3, sort_keys=True, ensure_ascii=False))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': [o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'no way: {type(o).__name__}')


print(json.dumps([Point(1, 2), {3, 1, 2}, {'p': Point(0, Point(5, 6))}], default=encode_point))
print(json.dumps([Point(1, 2)], default=encode_point, indent=1))
try:
    json.dumps([1, {'a': object()}], default=encode_point)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print('TypeError', e)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, frozenset):
            return {'frozen': sorted(o)}
        return super().default(o)

    def encode(self, o):
        return '<' + super().encode(o) + '>'


print(json.dumps({'f': frozenset('ab')}, cls=SetEncoder))
print(json.dumps({'f': frozenset('ab')}, cls=SetEncoder, indent=2))
print(SetEncoder(sort_keys=True).encode({'z': 1, 'a': frozenset([3])}))

loop = []
loop.append([loop])
d = {}
d['self'] = {'again': d}
for obj in (loop, d):
    try:
        json.dumps(obj)
    except ValueError as e:
        print('ValueError', e)


def forever(o):
    return [o]


try:
    json.dumps(Point(0, 0), default=forever)
except ValueError as e:
    print('ValueError', e)
shared = [1, 2]
print(json.dumps([shared, shared, {'s': shared}]))

deep = []
for _ in range(5000):
    deep = [deep]
for kwargs in ({}, {'check_circular': False}, {'indent': 1}):
    try:
        json.dumps(deep, **kwargs)
    except RecursionError as e:
        print('RecursionError', e)
nested = {}
for _ in range(5000):
    nested = {'k': nested}
try:
    json.dumps(nested)
except RecursionError as e:
    print('RecursionError', e)

od = OrderedDict([('z', 1), ('a', 2)])
od.move_to_end('z')
print(json.dumps(od), json.dumps(od, sort_keys=True))


class Reversed(dict):
    def items(self):
        return reversed(list(super().items()))


print(json.dumps(Reversed(a=1, b=2)))


class Seq(list):
    pass


print(json.dumps({'t': (1, (2, 3)), 's': Seq([4, Seq([5])])}))
print(json.dumps('plain'), json.dumps(None), json.dumps(3), json.dumps(-1.25), json.dumps([]), json.dumps({}))
big = [{'id': i, 'v': [i * 0.5, str(i), i % 2 == 0]} for i in range(3000)]
s = json.dumps(big)
print(len(s), s[:60], s[-60:])
print(json.loads(s) == big)

# defaultdict, OrderedDict, namedtuple, ChainMap.
from collections import defaultdict, OrderedDict, namedtuple, ChainMap


def attempt(label, make):
    try:
        value = make()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, value)


dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd.default_factory, len(dd), dd.get('zz'), 'zz' in dd)
counts = defaultdict(int, {'x': 5})
for ch in 'xyzx':
    counts[ch] += 1
print(counts, dict(counts), counts.copy(), isinstance(counts, dict))
plain = defaultdict()
print(plain, repr(defaultdict(lambda: 0)).startswith('defaultdict(<function'))
attempt('no factory', lambda: plain['missing'])
attempt('bad factory', lambda: defaultdict(5))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print({k: dict(v) for k, v in nested.items()})
print(defaultdict(set, a={1}) | {'b': {2}})

od = OrderedDict([('one', 1), ('two', 2), ('three', 3)])
od.move_to_end('one')
print(od, list(od.keys()))
od.move_to_end('three', last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, OrderedDict.fromkeys('xy', 0))
attempt('popitem empty', lambda: OrderedDict().popitem())
attempt('move missing', lambda: OrderedDict().move_to_end('k'))

Point = namedtuple('Point', 'x y')
p = Point(3, y=4)
print(p, p.x, p.y, p[1], len(p), p + (5,), p * 2, list(p), p == (3, 4), hash(p) == hash((3, 4)))
print(Point._fields, Point._make([7, 8]), p._asdict(), p._replace(y=0), Point.__name__, Point.__doc__)
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__, Point.x.__doc__, sorted([Point(2, 1), Point(1, 2)]))
Color = namedtuple('Color', ['red', 'green', 'blue'], defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color.__match_args__)
Row = namedtuple('Row', 'id, name,  value')
print(Row(1, 'n', 2.5), Row._fields)
Renamed = namedtuple('Renamed', ['ok', 'def', 'ok', '_x', '2'], rename=True)
print(Renamed._fields)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)


class Vec(namedtuple('Vec', 'x y')):
    def norm1(self):
        return abs(self.x) + abs(self.y)


print(Vec(3, -4).norm1(), Vec(1, 2))
match Point(0, 5):
    case Point(0, yy):
        print('on y axis at', yy)

attempt('missing arg', lambda: Point(1))
attempt('missing two', lambda: Point())
attempt('too many', lambda: Point(1, 2, 3))
attempt('too many defaults', lambda: Color(1, 2, 3, 4))
attempt('dup value', lambda: Point(1, x=2))
attempt('unknown kw', lambda: Point(1, 2, z=3))
attempt('make wrong size', lambda: Point._make([1]))
attempt('set field', lambda: setattr(p, 'x', 5))
attempt('del field', lambda: delattr(p, 'x'))
attempt('replace unknown', lambda: p._replace(z=1))
attempt('bad name', lambda: namedtuple('T', ['a', '1b']))
attempt('keyword name', lambda: namedtuple('T', ['class']))
attempt('underscore', lambda: namedtuple('T', ['_a']))
attempt('duplicate', lambda: namedtuple('T', 'a a'))
attempt('bad typename', lambda: namedtuple('my type', 'a'))
attempt('defaults', lambda: namedtuple('T', 'a', defaults=[1, 2]))

base = {'color': 'red', 'size': 1}
override = {'size': 2}
cm = ChainMap(override, base)
print(cm['size'], cm['color'], len(cm), sorted(cm), cm.get('nope', '-'), 'color' in cm)
cm['new'] = True
print(override, cm.maps[1] is base, cm.parents, dict(cm.new_child({'color': 'blue'})))
attempt('chain missing', lambda: cm['missing'])

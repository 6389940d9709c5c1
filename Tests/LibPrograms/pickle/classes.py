# Instances through __reduce_ex__/__reduce__/__getstate__/__setstate__,
# copyreg's dispatch table, slots, subclasses of builtins, recursion, and
# dump/load over io.BytesIO.
import copy
import copyreg
import io
import pickle
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class Guarded:
    def __init__(self):
        self.secret = 1
        self.shown = 2

    def __getstate__(self):
        return {'shown': self.shown}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 10,))


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


class Tagged(list):
    pass


class Table(dict):
    pass


class Meters(float):
    pass


KEY = 'key'


class Keyed:
    def __new__(cls, *, key):
        self = object.__new__(cls)
        setattr(self, KEY, key)
        return self

    def __getnewargs_ex__(self):
        return (), {KEY: self.key}

    def __getstate__(self):
        return None  # __new__ restores everything


class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(obj):
    return Registered, (obj.v + 1,)


copyreg.pickle(Registered, reduce_registered)


def helper():
    return 'helper'


for proto in range(6):
    print('protocol', proto)
    p = Point(1, 2)
    for obj in [p, [p, p], Guarded(), Reduced(4), Tagged([1, 2]), Table(a=1),
                Meters(2.5), Registered(1), helper, Point, OrderedDict(a=1)]:
        data = pickle.dumps(obj, proto)
        print(' ', data)
        back = pickle.loads(data)
        if callable(back):
            info = back is obj
        else:
            info = getattr(back, '__dict__', back)
        print('  ->', type(back).__name__, info, back == obj if isinstance(obj, (list, dict, float)) else '')
    if proto >= 2:
        data = pickle.dumps(Slotted(), proto)
        print(' ', data, pickle.loads(data).a)
        data = pickle.dumps(Keyed(key=7), proto)
        print(' ', data, pickle.loads(data).key)
    pair = pickle.loads(pickle.dumps([p, p], proto))
    print('  shared:', pair[0] is pair[1])

cycle = Point(0, 0)
cycle.x = cycle
data = pickle.dumps(cycle)
print(data)
back = pickle.loads(data)
print(back.x is back)
node = {'name': 'n'}
node['self'] = [node]
back = pickle.loads(pickle.dumps(node, 2))
print(back['self'][0] is back)
t = ([],)
t[0].append(t)
for proto in (0, 1, 2, 4):
    data = pickle.dumps(t, proto)
    print(proto, data)
    back = pickle.loads(data)
    print(back[0][0] is back)

f = io.BytesIO()
pickle.dump({'a': [1, 2]}, f)
pickle.dump('second', f, protocol=0)
f.seek(0)
print(pickle.load(f), pickle.load(f))
f = io.BytesIO()
pickler = pickle.Pickler(f, 3)
pickler.dump([1])
pickler.dump([1])
print(f.getvalue())
print(pickle.Unpickler(io.BytesIO(f.getvalue())).load())

c = copy.deepcopy([Point(1, 2), Guarded()])
print(c[0], c[1].__dict__)
print(copy.copy(Reduced(3)).n, copy.deepcopy(Table(a=[1]))['a'])

# WeakKeyDictionary keys entries by weak references that hash and compare like
# their referents (CPython): equal keys find the entry, unhashable keys fail.
import weakref
from dataclasses import dataclass
@dataclass(frozen=True)
class Key:
    name: str
@dataclass
class Mutable:
    x: int
class Plain:
    pass
d = weakref.WeakKeyDictionary()
k1 = Key('a')
d[k1] = 1
print(d[Key('a')], Key('a') in d, d.get(Key('a')), len(d))
try:
    d[Mutable(1)] = 2
except TypeError as e:
    print('TypeError', e)
print(Mutable(1) in d, 5 in d)
try:
    d[5] = 1
except TypeError as e:
    print('TypeError', e)
p = Plain(); d[p] = 'p'
print(len(d), d.setdefault(p, 'q'), d.pop(k1), len(d), d.pop(Key('zz'), 'dflt'))
try:
    d[Plain()]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
del p
print(len(d), list(d.keys()), d.keyrefs())
x = Plain(); y = Plain()
d2 = weakref.WeakKeyDictionary({x: 1, y: 2})
c = d2.copy(); print(type(c).__name__, sorted(c.values()), sorted((d2 | {x: 10}).values()))
d2 |= {y: 20}
print(sorted(d2.values()))

# WeakSet's in-place and symmetric set operations, comparisons, and the
# popitem/itervaluerefs of the weak dictionaries.
import weakref


class Peer:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Peer({self.name})'


a, b, c, d = Peer('a'), Peer('b'), Peer('c'), Peer('d')
s = weakref.WeakSet([a, b, c])
t = weakref.WeakSet([b, c, d])


def names(ws):
    return sorted(p.name for p in ws)


print(names(s ^ t), names(s.symmetric_difference(t)), names(s - t), names(s & t), names(s | t))
u = s.copy()
u -= t
print(names(u))
u = s.copy()
u &= [c, d]
print(names(u))
u = s.copy()
u ^= [c, d]
print(names(u))
u = s.copy()
u.difference_update([a])
u.intersection_update(t)
print(names(u))
u.symmetric_difference_update([a, b])
print(names(u), s < weakref.WeakSet([a, b, c, d]), s > weakref.WeakSet([a]), s != t, s == s.copy())
try:
    hash(s)
except TypeError as e:
    print('TypeError', e)
del d
print(names(t), len(t))
vd = weakref.WeakValueDictionary(x=a, y=b)
print(vd.popitem(), len(vd), [r() for r in vd.itervaluerefs()])
kd = weakref.WeakKeyDictionary({a: 1})
print(kd.popitem(), len(kd))
for empty in (weakref.WeakValueDictionary(), weakref.WeakKeyDictionary()):
    try:
        empty.popitem()
    except KeyError as e:
        print('KeyError', e)

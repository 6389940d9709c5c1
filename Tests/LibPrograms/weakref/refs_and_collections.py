# weakref: refs die with their object, identity of the canonical ref,
# WeakSet/WeakKeyDictionary/WeakValueDictionary dropping dead entries,
# WeakMethod, proxies, finalize called explicitly, detach/peek, errors.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return 'hi ' + self.name

    def __repr__(self):
        return f'Node({self.name})'


a = Node('a')
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, r == weakref.ref(a), weakref.getweakrefcount(a))
a = None
print(r(), r() is None)
b, c = Node('b'), Node('c')
s = weakref.WeakSet([b, c])
print(len(s), sorted(n.name for n in s), b in s)
c = None
print(len(s), [n.name for n in s])
kd = weakref.WeakKeyDictionary()
kd[b] = 1
d = Node('d')
kd[d] = 2
d = None
print(len(kd), kd[b], list(kd.values()))
vd = weakref.WeakValueDictionary()
vd['b'] = b
vd['e'] = Node('e')
print(len(vd), vd.get('e'), vd['b'])
m = weakref.WeakMethod(b.hello)
print(m()(), isinstance(m, weakref.ref))
p = weakref.proxy(b)
print(p.name, p.hello())
f = weakref.finalize(b, print, 'finalizer ran')
print(f.alive, f.peek()[0] is b)
print(f(), f.alive, f())
g = weakref.finalize(b, print, 'never')
print(g.detach()[0] is b, g.alive, g.detach())
for bad in (lambda: weakref.ref(3), lambda: weakref.ref('s'), lambda: weakref.ref([1]), lambda: weakref.WeakMethod(print)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

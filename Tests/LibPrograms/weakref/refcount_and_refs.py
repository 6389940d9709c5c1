# getweakrefcount/getweakrefs count every live reference (with or without
# callbacks) and forget the dead ones.
import weakref


class Node:
    pass


a = Node()
print(weakref.getweakrefcount(a), weakref.getweakrefs(a))
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda r: print('r2 callback'))
r3 = weakref.ref(a)
print(r1 is r3, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(all(r() is a for r in weakref.getweakrefs(a)))
del r2
print(weakref.getweakrefcount(a))
p = weakref.proxy(a)
print(weakref.getweakrefcount(a))
del p, r1, r3
print(weakref.getweakrefcount(a), weakref.getweakrefs(a))
b = Node()
keep = [weakref.ref(b, lambda r: None) for _ in range(3)]
print(weakref.getweakrefcount(b))
del b
print([r() for r in keep])
print(weakref.getweakrefcount(1), weakref.getweakrefs('x'))

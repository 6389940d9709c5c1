# obj.__weakref__: None until a weak reference exists, then that reference;
# absent on classes with __slots__ that leave it out.
import weakref


class Node:
    pass


class Slim:
    __slots__ = ('v',)


class SlimWeak:
    __slots__ = ('v', '__weakref__')


n = Node()
print(n.__weakref__)
r = weakref.ref(n)
print(n.__weakref__ is r, weakref.ref(n) is r)
del r
print(n.__weakref__)
s = SlimWeak()
print(s.__weakref__)
r2 = weakref.ref(s)
print(s.__weakref__ is r2)
try:
    Slim().__weakref__
except AttributeError as e:
    print('AttributeError:', e)
try:
    weakref.ref(Slim())
except TypeError as e:
    print('TypeError:', e)
print(hasattr(Node(), '__weakref__'), hasattr(Slim(), '__weakref__'))

# Cls.__dict__ and vars(Cls) are read-only mappingproxy views holding what
# CPython's class dicts hold (slot members, __dict__/__weakref__
# descriptors, __doc__), and types.MappingProxyType is that type.
import types, pprint
class A:
    """doc"""
    x = 1
    def f(self): pass
class B(A): pass
class S:
    __slots__ = ('a', 'b')
class E(Exception): pass
class D(dict): pass
for c in (A, B, S, E, D):
    print(c.__name__, list(c.__dict__), len(c.__dict__), '__dict__' in c.__dict__)
print(vars(B), B.__dict__.get('__doc__', 'nodoc'), A.__dict__['x'], A.__dict__.get('zz', 5))
print(S.__dict__['a'], A.__dict__['__dict__'], A.__weakref__, type(A.__dict__['__weakref__']).__name__)
print(A.__dict__['__dict__'].__get__(A(), A), S.__dict__['a'].__name__)
try:
    A.__dict__['y'] = 2
except TypeError as e:
    print(e)
mp = types.MappingProxyType({'k': 1})
print(mp, mp['k'], type(mp), isinstance(A.__dict__, types.MappingProxyType), mp == {'k': 1}, mp | {'z': 2}, mp.copy(), list(mp.items()))
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
print({k: type(v).__name__ for k, v in vars(A).items() if not k.startswith('__')})
print(type(int.__dict__).__name__, 'bit_length' in int.__dict__, sorted(k for k in A.__dict__.keys() if not k.startswith('_')))
pprint.pprint(mp)
print(str(mp), repr(B.__dict__))

# A class body's __module__ is its __name__ looked up as CPython's LOAD_NAME:
# the namespace, the defining globals, then the builtins (exec without
# __name__ gives 'builtins'); type.__module__ of builtin types.
class A: pass
print(A.__module__)
def f():
    class B: pass
    return B
print(f().__module__)
ns = {'__name__': 'custom'}
exec('class C: pass', ns)
print(ns['C'].__module__)
ns2 = {}
exec('class C: pass', ns2)
print(ns2['C'].__module__)
ns3 = {'__name__': 42}
exec('class C: pass', ns3)
print(ns3['C'].__module__)
g = {'__name__': 'gmod'}
exec('def mk():\n    class D: pass\n    return D', g)
print(g['mk']().__module__)
__name__ = 'renamed'
class E: pass
print(E.__module__)
del __name__
try:
    class F: pass
    print(F.__module__)
except Exception as e: print(type(e).__name__, e)
__name__ = '__main__'
class G:
    __module__ = 'explicit'
print(G.__module__)
X = type('X', (), {})
print(X.__module__)
def mkx():
    return type('X2', (), {})
print(mkx().__module__)
import collections, dataclasses, enum, typing
print(collections.OrderedDict.__module__, collections.namedtuple('P', 'x').__module__)
print(dataclasses.make_dataclass('DC', ['a']).__module__)
print(enum.Enum('Color', 'RED').__module__)
print(typing.NamedTuple('NT', [('a', int)]).__module__)
def outer():
    global __name__
    return type('X3', (), {}).__module__
print(outer())
class M(type):
    def __new__(m, name, bases, ns):
        print('ns module', ns.get('__module__'), ns.get('__qualname__'))
        return super().__new__(m, name, bases, ns)
class H(metaclass=M): pass
print(type(len).__module__, type(3).__module__)

# type.__subclasses__(): live direct subclasses in definition order, a
# dropped subclass gone after collection, no arguments accepted.
import gc
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
print(type.__subclasses__(A))
def mk():
    class E(A): pass
    return E
e = mk()
print([c.__name__ for c in A.__subclasses__()])
del e
gc.collect()
print([c.__name__ for c in A.__subclasses__()])
try:
    A.__subclasses__(1)
except TypeError as ex: print(ex)
try:
    A.__subclasses__(x=1)
except TypeError as ex: print(ex)

# metaclass __prepare__ (dict subclasses see every store), __mro_entries__, __init_subclass__ kwargs, __class_getitem__
from collections import OrderedDict
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", mcls.__name__, name, bases, kwargs)
        d = OrderedDict()
        d["injected"] = 42
        return d
    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, type(ns).__name__, list(ns), kwargs)
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kwargs):
        print("init", name, kwargs)
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True):
    x = 1
    def f(self): pass
print(A.injected, A.x)

class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls
class B(metaclass=M2):
    b = 2
    a = 1
    def c(self): pass
print(B.order)

class Base:
    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        print("init_subclass", cls.__name__, prefix)
class C(Base, prefix="pre"):
    pass
class D(C):
    pass
print(C.prefix, D.prefix)
try:
    class E(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)

class Wrapper:
    def __init__(self, cls):
        self.cls = cls
    def __mro_entries__(self, bases):
        print("mro_entries", [type(b).__name__ for b in bases])
        return (self.cls,)
class Real:
    def hello(self):
        return "hello"
class F(Wrapper(Real)):
    pass
print(F.__bases__, [type(b).__name__ for b in F.__orig_bases__], F().hello())

class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(G[int], G["x"], G[1, 2])
from typing import Generic, TypeVar
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box[int], Box[int](3).v, Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else None, Box.__mro__)
print(list[int], dict[str, int], tuple[int, ...], type[int])

class Meta3(type):
    def __call__(cls, *args, **kwargs):
        print("Meta3.__call__", args, kwargs)
        return super().__call__(*args, **kwargs)
class H(metaclass=Meta3):
    def __init__(self, a, b=2):
        self.a, self.b = a, b
h = H(1, b=3)
print(h.a, h.b)
class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Single): pass
print(S() is S())
print(type("Dyn", (Base,), {"y": 1}, prefix="dyn").prefix)

class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate member {k!r}")
        super().__setitem__(k, v)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return NoDup()
try:
    class Bad(metaclass=Strict):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError", e)
class Up(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return super().__prepare__(name, bases)
class U(metaclass=Up):
    z = 0
print(U.z, type.__prepare__("X", ()), Up.__prepare__("Y", (object,)))
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Both(P1, P2): pass
except TypeError as e:
    print("TypeError", e)
class MX(M1): pass
class Q(P1, metaclass=MX): pass
class R(Q): pass
print(type(Q).__name__, type(R).__name__)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Z(metaclass=BadPrep): pass
except TypeError as e:
    print("TypeError", e)
class BadEntries:
    def __mro_entries__(self, bases):
        return [object]
try:
    class Y(BadEntries()): pass
except TypeError as e:
    print("TypeError", e)
try:
    class W(Base, 1):
        pass
except TypeError as e:
    print("TypeError", e)
def meta_function(name, bases, ns, **kw):
    print("meta_function", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 7
class V(metaclass=meta_function, k=1):
    q = 1
print(V)

class W:
    def __getattr__(self, name):
        raise AttributeError(f"no {name}")
try:
    getattr(W(), "thing")
except AttributeError as e:
    print("a", e.name, type(e.obj).__name__)
class P:
    @property
    def x(self):
        raise AttributeError("inner", name="zz", obj=1)
try:
    P().x
except AttributeError as e:
    print("b", e.name, e.obj)
try:
    getattr(P(), "x")
except AttributeError as e:
    print("c", e.name, e.obj)
e = AttributeError("m")
e.name = "q"; e.obj = 3
print(e.name, e.obj, e.__dict__)
try:
    AttributeError("m", foo=1)
except TypeError as t:
    print(t)
e = NameError("x", name="y")
print(e.name)
import sys
try:
    sys.foo
except AttributeError as e:
    print("d", e.name, e.obj is sys)
class M(type):
    pass
try:
    super(M, M).nothing
except AttributeError as e:
    print("e", repr(e), e.name, e.obj)

for f in [lambda: ValueError(x=1), lambda: Exception("a", b=2)]:
    try:
        f()
        print("no error")
    except TypeError as e:
        print(e)
class E(Exception): pass
try:
    E(x=1)
    print("no error")
except TypeError as e:
    print(e)
class F(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
print(repr(F("m", code=3)), F("m", code=3).code)
class G(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)
try:
    G(1, k=2)
except TypeError as e:
    print(e)

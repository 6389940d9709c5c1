class A:
    __count = 0
    def __init__(self):
        self.__x = 1
        A.__count += 1
    def __helper(self):
        return "A helper"
    def get(self):
        return self.__x, self.__helper(), A.__count
    def __repr__(self):
        return f"A({self.__x})"
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 2
    def get_b(self):
        return self.__x
b = B()
print(sorted(vars(b)), b.get(), b.get_b(), b._A__x, b._B__x, A._A__count)
print(sorted(k for k in A.__dict__ if not k.startswith("__")), hasattr(b, "__x"))
try:
    b.__helper()
except AttributeError as e:
    print("AttributeError:", e)
class S:
    __slots__ = ("__v", "w")
    def __init__(self):
        self.__v = 5
        self.w = 6
s = S()
print(s._S__v, s.w)
try:
    s.__v = 1
except AttributeError as e:
    print("AttributeError:", e)
class _Private:
    def __init__(self):
        self.__p = 1
print(vars(_Private()))
class ___:
    def __init__(self):
        self.__q = 1
print(vars(___()))
class Outer:
    class __Inner:
        pass
    def make(self):
        return self.__Inner()
    def __dunder__(self):
        return "not mangled"
print(type(Outer().make()).__name__, Outer._Outer__Inner.__name__, Outer().__dunder__())
class K:
    def m(self, __arg, *, __kw=3):
        return __arg + __kw
    def n(self):
        __local = 10
        return [__local + i for i in range(2)], locals()
    __ann: int = 5
print(K().m(1), K.m.__code__.co_varnames[:3], K.m.__kwdefaults__, K().n()[0], K.__annotations__, K._K__ann)
import dataclasses
@dataclasses.dataclass
class D:
    __secret: int = 1
print(D(), [f.name for f in dataclasses.fields(D)])
def outer():
    __v = 1
    class C:
        def m(self):
            try:
                return __v
            except NameError as e:
                return str(e)
    return C().m()
print(outer())
class G:
    def setg(self):
        global __gl
        __gl = 3
G().setg()
print(sorted(k for k in globals() if "gl" in k))
class P:
    def __init__(self):
        self.__dict__["__raw"] = 1
        setattr(self, "__other", 2)
    def read(self):
        return getattr(self, "__raw"), self.__dict__.get("_P__raw")
print(P().read(), sorted(vars(P())))

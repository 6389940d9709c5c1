# inspect's older helpers: getfullargspec, getcallargs, getmro,
# getattr_static, Signature.from_callable; builtins bound to a class are
# not "methods".
import inspect


def f(a, b=2, *args, c: int, d=4, **kw) -> str:
    pass


def g(x, y=1):
    pass


class C:
    def __init__(self, x, y=0):
        self.x = x

    def m(self, z, *rest):
        return z

    @property
    def prop(self):
        return 1


print(inspect.getfullargspec(f))
print(inspect.getfullargspec(g))
print(inspect.getfullargspec(C(1).m))
print(inspect.getfullargspec(lambda: 0))
spec = inspect.getfullargspec(f)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)
print(inspect.getcallargs(f, 1, c=3))
print(inspect.getcallargs(f, 1, 2, 3, 4, c=5, z=6))
print(inspect.getcallargs(g, y=5, x=1))
obj = C(1)
ca = inspect.getcallargs(obj.m, 7, 8)
print(list(ca), ca["self"] is obj, ca["rest"], inspect.getcallargs(obj.m, 7)["z"])
print(inspect.getmro(C), inspect.getmro(bool))
print(type(inspect.getattr_static(C, "prop")).__name__, inspect.getattr_static(obj, "x"), inspect.getattr_static(obj, "nope", "default"))
try:
    inspect.getattr_static(obj, "nope")
except AttributeError as e:
    print("AttributeError", e)
print(inspect.Signature.from_callable(f), inspect.Signature.from_callable(g) == inspect.signature(g))
print([n for n, v in inspect.getmembers(obj, inspect.ismethod)])
print(inspect.ismethod(obj.__init_subclass__), inspect.isbuiltin(obj.__init_subclass__), inspect.ismethod(obj.m))

import inspect
import functools


def greet(name, punctuation="!"):
    """Say hello."""
    # a comment inside
    message = f"Hello, {name}{punctuation}"

    return message


def decorator(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@decorator
def decorated(x,
              y=2):
    return x + y


class Shape:
    """A shape."""
    sides = 0

    def area(self):
        raise NotImplementedError

    class Inner:
        pass


square = lambda s: s * s


def one_liner(): return 1


print(inspect.getsource(greet))
print(inspect.getsource(decorated))
print(inspect.getsource(Shape.area))
print(inspect.getsource(Shape))
print(inspect.getsource(Shape.Inner))
print(inspect.getsource(square))
print(inspect.getsource(one_liner))
lines, start = inspect.getsourcelines(greet)
print(start, len(lines), lines[0].rstrip())
print(inspect.getfile(greet).endswith(".py"), inspect.getmodule(greet).__name__, inspect.getmodule(Shape) is inspect.getmodule(greet))
for bad in [len, 1]:
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__)
print(inspect.ismethoddescriptor(str.join), inspect.ismethoddescriptor(greet), inspect.ismemberdescriptor(1))
print(inspect.get_annotations(greet), inspect.get_annotations(Shape))
def annotated(a: int, b: "str" = "x") -> bool:
    return True
print(inspect.get_annotations(annotated))
print([name for name, _ in inspect.getmembers_static(Shape) if not name.startswith("__")])
import types, typing, functools, weakref, sys
print(types.CellType.__name__, types.FrameType.__name__, typing.T, typing.KT, typing.T_co, typing.T_contra)
class Box:
    def __init__(self):
        self.items = [self]
    @functools.recursive_repr()
    def __repr__(self):
        return f"Box({self.items!r})"
print(repr(Box()))
class Obj:
    pass
o = Obj()
k = weakref.KeyedRef(o, None, "the-key")
print(k.key, k() is o, isinstance(k, weakref.ref))
s = sys.intern("hello world")
print(s == "hello world", sys.intern("x") is sys.intern("x"))
try:
    sys.intern(1)
except TypeError as e:
    print("TypeError:", e)

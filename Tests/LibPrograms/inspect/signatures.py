# inspect.signature for functions, methods, classes, partials, wrappers.
import functools
import inspect


def f(a, b: int = 2, /, c=3, *args, d, e: 'str' = 'x', **kw) -> list:
    pass


sig = inspect.signature(f)
print(sig, repr(sig), list(sig.parameters), sig.return_annotation)
b = sig.parameters['b']
print(b, repr(b), b.name, b.kind, b.default, b.annotation, b.kind.description)
print(sig.parameters['a'].default is inspect.Parameter.empty, sig.parameters['d'].kind, sig.parameters['kw'].kind)


class Shape:
    def __init__(self, sides, *, name='shape'):
        self.sides = sides

    def area(self, scale=1.0) -> float:
        return 0.0

    def __call__(self, x, y):
        return x + y


print(inspect.signature(Shape), inspect.signature(Shape(3).area), inspect.signature(Shape.area))
print(inspect.signature(Shape(4)), inspect.signature(lambda: 0), inspect.signature(lambda *a, **k: 0))
print(inspect.signature(lambda x, /: x), inspect.signature(lambda *, k: k), inspect.signature(lambda a, b=None: 0))


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


print(inspect.signature(functools.partial(power, 2)), inspect.signature(functools.partial(power, exp=3)))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(x, y=10):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))


async def fetch(url, *, retries: int = 3) -> str:
    return url


print(inspect.signature(fetch), inspect.Parameter.empty.__name__)
for bad in [3]:  # builtins have no signature in Interleave
    try:
        inspect.signature(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)

# inspect.Signature.bind/bind_partial and BoundArguments
import inspect
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass
sig = inspect.signature(f)
ba = sig.bind(1, d=4)
print(ba, ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
print(sig.bind(1, 2, 3, 4, 5, d=6, z=7).arguments)
print(sig.bind_partial(d=1).arguments)
for args, kwargs in [((), {}), ((1,), {}), ((1,), {"d": 1, "a": 2}), ((1, 2, 3), {"c": 4, "d": 1})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
def g(x, y):
    return x + y
b = inspect.signature(g).bind(y=2, x=1)
print(g(*b.args, **b.kwargs), b == inspect.signature(g).bind(1, 2), isinstance(b, inspect.BoundArguments))
try:
    inspect.signature(g).bind(1, 2, 3)
except TypeError as e:
    print(e)
try:
    inspect.signature(g).bind(1, q=2)
except TypeError as e:
    print(e)

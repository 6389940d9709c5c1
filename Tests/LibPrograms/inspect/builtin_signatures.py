import inspect
import builtins
names = ["len", "print", "sorted", "max", "min", "abs", "repr", "isinstance", "getattr",
         "iter", "next", "range", "dict", "int", "str", "zip", "map", "filter", "enumerate",
         "sum", "round", "divmod", "pow", "hash", "id", "callable", "format", "any", "all",
         "hasattr", "setattr", "delattr", "issubclass", "vars", "dir", "chr", "ord",
         "bin", "hex", "oct", "ascii", "reversed", "list", "tuple", "set", "frozenset", "bool", "float", "complex",
         "object", "super", "property", "slice", "bytes", "aiter"]
for n in names:
    f = getattr(builtins, n)
    try:
        print(n, inspect.signature(f))
    except ValueError as e:
        print(n, "ValueError:", e)
    except TypeError as e:
        print(n, "TypeError:", e)
for m in [str.upper, str.split, list.append, dict.get, str.join, list.sort, str.replace, int.to_bytes, [].insert, "a,b".split]:
    try:
        print(m.__qualname__, inspect.signature(m))
    except ValueError as e:
        print(m.__qualname__, "ValueError:", e)
import math, functools, itertools
for f in [math.sqrt, math.gcd, math.isclose, math.floor, math.pow, itertools.count]:
    try:
        print(f.__name__, inspect.signature(f))
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
print(len.__text_signature__)
print(inspect.signature(len).parameters)
p = inspect.signature(sorted).parameters
for name, param in p.items():
    print(name, param.kind, param.default)

class Plain:
    pass
class WithInit:
    def __init__(self, a, b=2, *, c):
        pass
class WithNew:
    def __new__(cls, x, *rest):
        return super().__new__(cls)
class Sub(WithInit):
    pass
class Meta(type):
    def __call__(cls, token):
        return super().__call__()
class Metered(metaclass=Meta):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
for c in [Plain, WithInit, WithNew, Sub, Metered, MyList, MyDict]:
    try:
        print(c.__name__, inspect.signature(c))
    except ValueError as e:
        print(c.__name__, "ValueError:", e)
sig = inspect.signature(print)
print(sig.parameters["sep"].default == " ", sig.parameters["args"].kind)
ba = inspect.signature(divmod).bind(7, 2)
print(ba.args)
try:
    inspect.signature(divmod).bind(x=7, y=2)
except TypeError as e:
    print("TypeError:", e)

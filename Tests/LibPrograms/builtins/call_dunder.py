# Functions, bound methods and builtins expose __call__ (CPython's tp_call).
def add(a, b=1):
    return a + b


class Box:
    def get(self, k=0):
        return ("got", k)


print(hasattr(add, "__call__"), hasattr(Box().get, "__call__"), hasattr(len, "__call__"))
print(add.__call__(2), add.__call__(2, b=5), Box().get.__call__(k=3), len.__call__([1, 2]))
print(callable(add.__call__), hasattr(Box(), "__call__"), hasattr(Box, "__call__"))
print(sorted(n for n in ("get", "other") if hasattr(getattr(Box, n, None), "__call__")))

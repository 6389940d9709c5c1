# Instances of builtin types read `__doc__` through their class, and dir()
# lists it (the text itself is CPython's docstring there, None here, so
# only its presence is printed).
import collections
values = [[], {}, (), "s", 1, 1.5, None, True, object(), range(3), b"b", set(), frozenset(),
          iter([]), collections.deque(), ValueError("x"), len, print]
print([hasattr(v, "__doc__") for v in values])
print(["__doc__" in dir(v) for v in values])


class Documented:
    """Own docstring."""


class Plain(list):
    pass


print(Documented().__doc__, Plain().__doc__, Plain.__doc__)
for v in values:
    for name in dir(v):
        getattr(v, name)
print("every dir() name readable")

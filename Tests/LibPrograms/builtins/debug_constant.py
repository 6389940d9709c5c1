# __debug__ is a builtin constant (True unless python -O), read by
# decorators that skip their checks in optimized runs.
import builtins


def typecheck(func):
    if not __debug__:
        return func

    def wrapper(*args):
        for a in args:
            if not isinstance(a, int):
                raise TypeError(f"{func.__name__}: {a!r} is not an int")
        return func(*args)
    return wrapper


@typecheck
def add(a, b):
    return a + b


print(__debug__, type(__debug__).__name__, builtins.__debug__)
print(add(2, 3))
try:
    add(2, "3")
except TypeError as e:
    print("TypeError:", e)
print("__debug__" in dir(builtins), getattr(builtins, "__debug__"))

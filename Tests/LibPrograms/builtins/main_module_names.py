# The names a program's module starts with (CPython's `python3 prog.py`),
# and `except E as name:` clearing the name however the clause ends.
print(list(globals()))
print(dir())
print(__name__, __doc__, __package__, __spec__, __cached__, __annotations__)
print(__loader__ is None, type(__loader__).__name__, type(__loader__).__module__)

x: int = 3
print(__annotations__)

try:
    try:
        raise KeyError(1)
    except KeyError as e:
        raise ValueError(2)
except ValueError as v:
    print("caught", repr(v), repr(v.__context__))
try:
    print(e)
except NameError as n:
    print("NameError:", n)


def f():
    try:
        raise KeyError("k")
    except KeyError as err:
        return sorted(locals())


print(f())


def g():
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as err:
            if i == 1:
                break
            continue
    return "err" in locals()


print(g())


def h():
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise
    except ZeroDivisionError:
        pass
    return sorted(locals())


print(h())

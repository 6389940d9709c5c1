# Class creation errors CPython 3.11 reports: a slot that shadows a class
# variable of the same body (private names compared mangled), and an
# exception from a descriptor's __set_name__ wrapped in RuntimeError with
# the original as its cause.
from functools import cached_property


class D:
    def __set_name__(self, owner, name):
        raise KeyError(name)


try:
    class Two:
        x = D()
except Exception as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

try:
    class Three:
        @cached_property
        def x(self):
            return 1
        y = x
except Exception as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__)

for slots in [('a',), 'a', ['b', 'a']]:
    try:
        class X:
            __slots__ = slots
            a = 1
    except Exception as e:
        print(type(e).__name__, e)

try:
    class _Private:
        __slots__ = ('__hidden', 'shown')
        __hidden = 0
except ValueError as e:
    print("ValueError", e)


class Y:
    __slots__ = ('__dict__', 'z')
    __dict__ = 5


class Fine:
    __slots__ = ('a',)
    b = 1

    def __init__(self):
        self.a = 2


print(Fine().a, Fine.b, Y.__dict__['__dict__'] if isinstance(Y.__dict__, dict) else "ok")


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


class Holder:
    first = Named()
    second = Named()


class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Config:
    def __init__(self):
        self.verbose = True
        self.values = {}

p = Point(1, 2)
try:
    p.z
except AttributeError as e:
    print("1", repr(e), e.name, e.obj is p)

c = Config()
try:
    c.verbos
except AttributeError as e:
    print("2", repr(e), e.name, e.obj is c)
    print("2b", e.args)

try:
    Config.missing
except AttributeError as e:
    print("3", repr(e), e.name, e.obj is Config)

import math
try:
    math.tau2
except AttributeError as e:
    print("4", repr(e), e.name, e.obj is math)

try:
    (1).real2
except AttributeError as e:
    print("5", repr(e), e.name, e.obj)

try:
    getattr("abc", "uper")
except AttributeError as e:
    print("6", repr(e), e.name, e.obj)

e = AttributeError("custom")
print("7", e.name, e.obj)
e = AttributeError("custom", name="n", obj=5)
print("8", e.name, e.obj, e.args)

try:
    undefined_name_here
except NameError as e:
    print("9", repr(e), e.name)

def f():
    try:
        local_missing
    except NameError as e:
        print("10", repr(e), e.name)
f()

class WithGetattr:
    def __getattr__(self, name):
        raise AttributeError(f"no {name}")
try:
    WithGetattr().thing
except AttributeError as e:
    print("11", repr(e), e.name, type(e.obj).__name__)

try:
    None.foo
except AttributeError as e:
    print("12", repr(e), e.name, e.obj)

# hasattr/getattr default must not leak
print("13", hasattr(c, "nope"), getattr(c, "nope", "dflt"))

try:
    del c.nothing
except AttributeError as e:
    print("14", repr(e), e.name, e.obj is c)

try:
    p.w = 3
except AttributeError as e:
    print("15", repr(e), e.name, e.obj is p)

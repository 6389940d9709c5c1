# One attribute site (`obj.name` without a call) seeing objects of many
# kinds in turn: bound methods of builtin instances come from the inline
# cache only while the receiver's type is the one cached; classes, modules,
# super objects, instances with dicts and subclasses take the general path.
import math


def read(obj, which):
    if which == "copy":
        return obj.copy
    if which == "get":
        return obj.get
    return obj.pop


class MyDict(dict):
    def get(self, key, default=None):
        return ("mine", key, default)


class Plain:
    pass


p = Plain()
p.copy = lambda: "instance attribute"

for obj in ([1, 2], {"a": 1}, {3, 4}, [5], MyDict(z=1), p, {"b": 2}):
    m = read(obj, "copy")
    print(type(obj).__name__, m() if callable(m) else m)

for obj in ({"k": 1}, MyDict(k=2), {"k": 3}, {}):
    g = read(obj, "get")
    print(g("k"), g("k", 0), g.__self__ is obj, g.__name__)

# The bound method keeps the receiver and its fast entries: pop() on an
# empty list still raises the general error.
stack = [1, 2, 3]
pop = read(stack, "pop")
print(pop(), pop(0), stack)
pop()
try:
    pop()
except IndexError as e:
    print("IndexError:", e)

# Bound methods compare and hash by receiver and function.
a = [1]
print(read(a, "copy") == read(a, "copy"), read(a, "copy") == read([1], "copy"))


# Classes and modules look attributes up their own way.
def attr(obj):
    return obj.upper


print(attr("abc")(), attr(str)("xyz"), attr("def")())


def sqrt_of(obj):
    return obj.sqrt


print(sqrt_of(math)(16.0))


class Base:
    def copy(self):
        return "Base.copy"


class Child(Base, dict):
    def viasuper(self):
        return super().copy


print(Child().viasuper()())

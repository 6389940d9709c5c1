# Which of class and instance wins for obj.name, obj.name = v and
# obj.name(): data descriptors before the instance dict, the instance dict
# before functions and other class attributes, __setattr__ and __slots__
# in charge of stores, and all of it still right after the class changes.
class Loud:
    """A data descriptor (has __set__)."""
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return ("loud", getattr(obj, self.name, None))

    def __set__(self, obj, value):
        print("Loud.__set__", value)
        obj.__dict__[self.name] = value


class Quiet:
    """A non-data descriptor (only __get__)."""
    def __get__(self, obj, owner=None):
        return "quiet"


class Thing:
    kind = "class-kind"
    loud = Loud()
    quiet = Quiet()

    def __init__(self):
        self.value = 1

    def method(self):
        return "method"

    @property
    def prop(self):
        return "prop"


t = Thing()
t.__dict__["loud"] = "shadow?"       # data descriptor still wins
print(t.loud)
t.loud = 5
print(t.loud, t.__dict__["_loud"])
print(t.quiet)
t.__dict__["quiet"] = "instance quiet"  # instance dict beats a non-data descriptor
print(t.quiet)
print(t.kind)
t.kind = "instance-kind"
print(t.kind, Thing.kind)
print(t.method())
t.method = lambda: "instance lambda"
print(t.method())
del t.method
print(t.method())
try:
    t.prop = 3
except AttributeError as e:
    print("AttributeError:", e)
t.__dict__["prop"] = "shadow"
print(t.prop)

# The class changes after the lookups above were cached.
Thing.value = property(lambda self: "now a property")
print(t.value)
del Thing.value
print(t.value)
Thing.method = lambda self: "replaced method"
print(t.method())


class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        return "missing " + name


lg = Logged()
lg.a = 1
print(lg.a, lg.b)


class Slotted:
    __slots__ = ("x",)


s = Slotted()
s.x = 10
print(s.x)
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError:", e)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


o = A()
o.x = 1
print(o.who())
o.__class__ = B
print(o.who(), o.x)
total = 0
for i in range(1000):
    o.x = o.x + i
    total += len(o.who())
print(o.x, total)

for bad in (5, int, Slotted):
    try:
        o.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
o.__dict__ = {"x": 42, "extra": "yes"}
print(o.x, o.extra, type(o).__name__)
try:
    o.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
setattr(o, "__cl" + "ass__", A)
print(o.who())

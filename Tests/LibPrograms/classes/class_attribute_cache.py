# Class attributes and methods read through instances (`obj.kind`,
# `obj.area()`) while classes, bases and instance dicts change under the
# reads: every read must see what CPython's lookup gives at that moment.
class Base:
    kind = "base"
    limits = (1, 2)

    def area(self):
        return "Base.area"


class Child(Base):
    pass


def kind_of(o):
    return o.kind


def area_of(o):
    return o.area()


c = Child()
log = []
for step in range(9):
    log.append((kind_of(c), area_of(c)))
    if step == 1:
        Base.kind = "base2"                      # a base's attribute changes
    elif step == 2:
        Child.kind = "child"                     # the class's own attribute shadows it
    elif step == 3:
        c.kind = "instance"                      # the instance dict shadows both
        c.area = lambda: "instance lambda"
    elif step == 4:
        del c.kind
        del c.area
    elif step == 5:
        Child.area = lambda self: "Child.area"   # a method added on the class
    elif step == 6:
        del Child.kind
        del Child.area
    elif step == 7:
        c.__class__ = Base
print(log)


class Other:
    kind = 42

    def area(self):
        return "Other.area"


print([kind_of(x) for x in (Base(), Other(), Child(), Other())], [area_of(x) for x in (Other(), Base(), Other())])


class Described:
    def __get__(self, obj, owner):
        return "descriptor for %s" % type(obj).__name__


class WithDescriptor:
    kind = "plain"


w = WithDescriptor()
print(kind_of(w))
WithDescriptor.kind = Described()
print(kind_of(w))
WithDescriptor.kind = property(lambda self: "property")
print(kind_of(w))
WithDescriptor.kind = staticmethod(lambda: 1)
print(kind_of(w)())


class Slotted:
    __slots__ = ("x",)
    kind = "slotted"

    def area(self):
        return "Slotted.area"


s = Slotted()
print(kind_of(s), area_of(s), kind_of(s), area_of(s))


class Getattribute:
    kind = "class value"

    def __getattribute__(self, name):
        if name == "kind":
            return "from __getattribute__"
        return object.__getattribute__(self, name)


g = Getattribute()
print(kind_of(g), kind_of(Base()), kind_of(g))


class Meta(type):
    kind = "meta"


class WithMeta(metaclass=Meta):
    kind = "class"

    def area(self):
        return "WithMeta.area"


print(kind_of(WithMeta), kind_of(WithMeta()), area_of(WithMeta()), kind_of(WithMeta))
lst = [Base() for _ in range(3)]
Base.limits = Base.limits + (3,)
print([o.limits for o in lst])

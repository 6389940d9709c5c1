# Attribute reads and writes on instances must see every change to the
# classes involved, however often the same line ran before: properties,
# data descriptors and __getattribute__/__setattr__ added later (to the
# class or to a base), __class__ reassigned, instance attributes deleted.
class Base:
    pass


class Point(Base):
    def __init__(self, x):
        self.x = x


def read(p):
    return p.x


def write(p, v):
    p.x = v


pts = [Point(i) for i in range(3)]
for _ in range(3):
    print([read(p) for p in pts])

# A property added to the class wins over the instance dict.
Point.x = property(lambda self: "prop")
print([read(p) for p in pts])
try:
    write(pts[0], 5)
except AttributeError as e:
    print("AttributeError", e)
del Point.x
print([read(p) for p in pts])
write(pts[0], 50)
print(read(pts[0]))


# A data descriptor added to a base class.
class Loud:
    def __get__(self, obj, owner=None):
        return "loud"

    def __set__(self, obj, value):
        print("set via descriptor", value)


Base.x = Loud()
print(read(pts[1]))
write(pts[1], 7)
del Base.x
print(read(pts[1]))
write(pts[1], 8)
print(read(pts[1]))

# __getattribute__ and __setattr__ added later.
Point.__getattribute__ = lambda self, name: "intercepted " + name
print(read(pts[2]))
del Point.__getattribute__
print(read(pts[2]))


def noisy_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 10)


Point.__setattr__ = noisy_setattr
write(pts[2], 3)
del Point.__setattr__
print(read(pts[2]))
write(pts[2], 4)
print(read(pts[2]))


# __class__ reassigned to a class with a property of that name.
class Other(Base):
    @property
    def x(self):
        return "other's property"


class Plain(Base):
    pass


p = Point(1)
for _ in range(3):
    read(p)
p.__class__ = Other
print(read(p))
p.__class__ = Plain
print(read(p))

# Deleting the instance attribute falls back to a class attribute.
Point.x = "class attribute"
q = Point(9)
for _ in range(3):
    print(read(q))
del q.x
print(read(q))
del Point.x
try:
    read(q)
except AttributeError as e:
    print("AttributeError", e)


# A class made in a loop: each new class reads and writes its own way.
def make(kind):
    if kind:
        class K:
            @property
            def x(self):
                return "K property"
    else:
        class K:
            def __init__(self):
                self.x = "K dict"
    return K


for i in range(4):
    print(read(make(i % 2)()))


# Property errors name the property when the class statement named it.
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @property
    def kelvin(self):
        return self._c + 273

    @kelvin.deleter
    def kelvin(self):
        print("deleted")


t = Temp()
for action in ("set celsius", "del celsius", "set kelvin", "del kelvin"):
    verb, name = action.split()
    try:
        if verb == "set":
            setattr(t, name, 1)
        else:
            delattr(t, name)
    except AttributeError as e:
        print(action, "->", e)
try:
    Temp.celsius.__set__(t, 3)
except AttributeError as e:
    print("__set__ ->", e)
loose = property(lambda self: 1)
loose.__set_name__(Temp, "loose")
try:
    loose.__set__(t, 2)
except AttributeError as e:
    print("named later ->", e)

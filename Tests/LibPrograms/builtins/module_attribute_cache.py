# Module attribute reads (`mod.name`, `mod.name(...)`) under patching,
# deletion, key growth and alternating modules at one read site: each read
# must see the module's current attribute.
import math
import string
import types


def read_sqrt():
    return math.sqrt(16)


def read_pi():
    return math.pi


print(read_sqrt(), read_pi())
original = math.sqrt
math.sqrt = lambda x: "patched"
print(read_sqrt())
math.sqrt = original
print(read_sqrt())

m = types.ModuleType("scratch")
m.value = 1


def value_of(mod):
    return mod.value


def call_of(mod):
    return mod.fn()


seen = []
for i in range(6):
    seen.append(value_of(m))
    m.value = i * 10
    if i == 2:
        # many new keys: the dict's storage is rebuilt
        for k in range(50):
            setattr(m, "extra%d" % k, k)
    if i == 4:
        del m.value
        try:
            value_of(m)
        except AttributeError as e:
            seen.append(str(e))
        m.value = "back"
print(seen)

a = types.ModuleType("a")
b = types.ModuleType("b")
a.value, b.value = "from a", "from b"
a.fn = lambda: "a.fn"
b.fn = lambda: "b.fn"
print([value_of(x) for x in (a, b, a, b)], [call_of(x) for x in (b, a, b)])

# a module-level __getattr__ answers only for missing names
def fallback(name):
    return "fallback " + name
a.__getattr__ = fallback
print(value_of(a))
del a.value
print(value_of(a))
a.__dict__["value"] = "via __dict__"
print(value_of(a))
a.__dict__.clear()
try:
    value_of(a)
except AttributeError as e:
    print("AttributeError", e)

# an instance sharing a module's dict reads through its own class rules
class Shadow:
    @property
    def value(self):
        return "property wins"


s = Shadow()
s.__dict__.update(vars(b))
print(value_of(b), value_of(s), value_of(b))
print(string.ascii_lowercase[:3], [string.digits[i] for i in range(3)])

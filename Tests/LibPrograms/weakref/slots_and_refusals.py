import weakref

class NoWeak:
    __slots__ = ("a",)

class Weak:
    __slots__ = ("a", "__weakref__")
    def __init__(self, a):
        self.a = a

class Plain:
    pass

class SubOfNoWeak(NoWeak):
    pass

class SlotsSubOfNoWeak(NoWeak):
    __slots__ = ("b",)

try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("NoWeak:", e)

w = Weak(3)
r = weakref.ref(w)
print(r() is w, r().a)


p = Plain()
r2 = weakref.ref(p)

print(weakref.ref(SubOfNoWeak)() is SubOfNoWeak)
s = SubOfNoWeak()
print(weakref.ref(s)() is s)
try:
    weakref.ref(SlotsSubOfNoWeak())
except TypeError as e:
    print("SlotsSub:", e)
try:
    weakref.ref(1)
except TypeError as e:
    print("int:", e)
try:
    weakref.ref("abc")
except TypeError as e:
    print("str:", e)
try:
    weakref.ref([1])
except TypeError as e:
    print("list:", e)
try:
    weakref.ref({})
except TypeError as e:
    print("dict:", e)
try:
    weakref.ref((1,))
except TypeError as e:
    print("tuple:", e)
try:
    weakref.ref(None)
except TypeError as e:
    print("None:", e)
print(weakref.ref(len)() is len)
print(weakref.ref(set())() is None)
try:
    weakref.proxy(NoWeak())
except TypeError as e:
    print("proxy:", e)
ws = weakref.WeakSet()
try:
    ws.add(NoWeak())
except TypeError as e:
    print("WeakSet:", e)
d = weakref.WeakValueDictionary()
try:
    d["k"] = NoWeak()
except TypeError as e:
    print("WeakValueDictionary:", e)
try:
    class Bad:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print("dup:", e)
try:
    class Bad2(Weak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("again:", e)

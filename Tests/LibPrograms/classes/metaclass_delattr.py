import enum
class C(enum.Enum):
    A = 1
try:
    del C.A
except AttributeError as e:
    print(e)
class M(type):
    def __delattr__(cls, n):
        print("meta delattr", n)
        super().__delattr__(n)
class K(metaclass=M):
    x = 1
    z = 3
del K.x
print(hasattr(K, "x"), K.z)
try:
    del K.nothing
except AttributeError as e:
    print(e)
class Plain:
    q = 1
del Plain.q
print(hasattr(Plain, "q"))

# complex literals, constructor, arithmetic, repr/str, hashing and errors
z = 1 + 2j
print(z, repr(z), str(z), type(z).__name__)
print(1j, -1j, 0j, -0j, 1e20j, 1.5j, 2.5e-7j, -(0j), complex(-0.0, 0.0))
print(z.real, z.imag, z.conjugate(), abs(3 + 4j))
print(complex(), complex(1), complex(1.5, -2), complex("1+2j"), complex(" (3-4.5j) "), complex("-j"), complex("2J"))
print(complex("1e3"), complex("inf"), complex("-nanj"), complex("1_000+2_0j"), complex(1j, 1j), complex(2, 1j))
print(z + 1, 1 + z, z - 1.5, 2 * z, z * z, z / 2, 1 / z, z ** 2, z ** -1, z ** 0.5, 2 ** z, z ** z)
print((1 + 1j) ** 100, 0j ** 0, pow(2j, 3))
print(z == 1 + 2j, z != z, 1 + 0j == 1, 2.0 == 2 + 0j, 1j == 1, (1+0j) == True)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1 + 2j), hash(-1 + 0j), hash(0j))
print({1 + 0j: "a"}[1], {z: 1, 1 + 2j: 2})
print(bool(0j), bool(1j), bool(0.0 + 0j), -z, +z)
print(f"{z}", f"{z:.2f}", f"{z:>20}", format(z, "e"), format(1.5j, "g"), format(z, "^16.3g"), f"{-0.5 + 3j:+.1f}")
print(complex(float("nan"), float("inf")), complex(1e300, 1e300) * 0, complex(1, -0.0))
for bad in ["", "1+", "j1", "1+2", "1 + 2j", "((1+2j))", "1__0j", "x"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for thunk in [lambda: z / 0, lambda: z / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: z < z, lambda: 1j > 1,
              lambda: z // 2, lambda: z % 2, lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([1]),
              lambda: complex(1, [2]), lambda: float(z), lambda: int(z), lambda: (1e200 + 1e200j) ** 2,
              lambda: abs(complex(1e308, 1e308)), lambda: format(z, "d"), lambda: format(z, "010"), lambda: ~z,
              lambda: round(z), lambda: divmod(z, 1)]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __complex__(self):
        return 3 + 4j

class F:
    def __float__(self):
        return 2.5

class Bad:
    def __complex__(self):
        return 1

print(complex(C()), complex(F()), complex(F(), F()))
try:
    complex(Bad())
except TypeError as e:
    print(e)
print(isinstance(1j, complex), issubclass(complex, object), complex.__name__, (1j).__class__)
import numbers
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1, numbers.Complex))
print(sum([1j, 2, 3.5]), sorted([3j, 1j], key=abs), [abs(x) for x in (3+4j, -5j)])
print(eval("2j") if False else 2j, (1+2j).__getnewargs__(), (2j).__complex__())

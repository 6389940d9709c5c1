# bytes/bytearray/memoryview/complex methods and errors ('bytes' object does not support item assignment), builtin functions' errors, range, reprs of functions/classes/exceptions, generators, unpacking, zip(strict=True).
b = b"hello world"
print(b, repr(b), b[0], b[1:3], b.upper(), b.split(), b.hex(), bytes.fromhex("de ad be ef"), b.find(b"o"), b.replace(b"l", b"L"), list(b[:3]), bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"\x00\xff\n\t'", b'"', b"a'b\"")
print(b.decode(), b.startswith(b"he"), b.count(b"l"), b.strip(b"hd"), b"  x ".strip(), b",".join([b"a", b"b"]), b.title(), b.isalpha(), b"12".isdigit(), b * 2, b + b"!", b"abc" < b"abd", b.index(b"w"), b"%d-%s" % (5, b"x"), b.center(15, b"*"), b.partition(b" "))
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    b + "x"
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    bytes("x")
except TypeError as e:
    print(e)
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"
print(ba, repr(ba), len(ba), ba.pop(), ba, bytes(ba), ba.decode(), bytearray(2), bytearray("hé", "utf-8"), ba.hex(" "), ba[1:3], ba.reverse(), ba)
del ba[0]
print(ba, ba.insert(0, 120), ba, ba.remove(120), ba, ba.find(b"c"), ba.upper(), bytearray.fromhex("41 42"))
mv = memoryview(b"abcdef")
print(mv[0], bytes(mv[1:3]), mv.tobytes(), mv.tolist()[:2], len(mv), mv.nbytes, mv.readonly, mv.format, mv.itemsize, repr(mv)[:10])
mb = memoryview(bytearray(b"xyz"))
mb[0] = 65
print(mb.obj, mb.readonly, mb.hex())
z = complex(1, 2)
print(z, repr(z), z.real, z.imag, z.conjugate(), abs(3 + 4j), z * z, z / (1 - 1j), 1j ** 2, complex("1+2j"), complex(3), -z, z == 1 + 2j, 2j, 0j, complex(0, -0.0), (1+2j).__class__, 1e20j, complex(1.5, -2.5), format(z, ".2f"), f"{z:>12}")
try:
    z < z
except TypeError as e:
    print(e)
try:
    complex("abc")
except ValueError as e:
    print(e)
try:
    int(z)
except TypeError as e:
    print(e)
print(abs(-3), abs(-2.5), all([]), any([]), bin(10), bool(""), callable(len), chr(97), divmod(9, 4), hash(1) == hash(1.0), id(1) == id(1), isinstance(True, int), issubclass(bool, int), len({1: 2}), max([1, 5, 2], key=lambda x: -x), min("bca"), max([], default=0), min(3, 1, 2), sum([1, 2], 10), sum([0.1] * 3), pow(2, 10), reversed([1, 2]).__class__.__name__, sorted({3: 1, 1: 2}), round(3.14159, 3), type(3).__name__, vars(type("X", (), {"a": 1}))["a"])
for bad in [lambda: max([]), lambda: min(), lambda: sum(["a"]), lambda: len(5), lambda: iter(5), lambda: next(iter([])), lambda: abs("x"), lambda: int(None), lambda: hash([]), lambda: ord("ab"), lambda: chr(-1), lambda: getattr(1, "zz"), lambda: sum([1], "")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(list(range(10, 0, -3)), range(5), range(1, 5, 2), repr(range(0)), range(10)[2:5], range(10)[-1], 5 in range(10), range(0, 10, 2).index(4), len(range(0, 100, 7)))
print(isinstance(1, (str, int)), type(None), type(print), type(lambda: 0), type(len), type([].append), NotImplemented, Ellipsis, ..., type(...))
class A:
    def __repr__(self): return "A()"
print(A(), [A()], str(A()), f"{A()}", "%s" % A(), object().__class__, repr(object())[:17])
class B: pass
print(repr(B())[:18], B, B.__name__, B.__qualname__, B.__module__, str(B), type(B()))
def outer():
    def inner(): pass
    return inner
print(outer().__name__, outer.__qualname__, outer().__qualname__)
print(repr(print), repr(len), repr(str.upper), repr("".upper)[:35], repr(int), repr(type), repr(object), repr(Exception("x")), repr(ValueError("a", 1)), str(KeyError("k")), str(Exception()), repr(StopIteration(3)))
g = (i for i in range(3))
print(repr(g)[:30], next(g), list(g))
print(hex(id(None)) != "", globals()["__name__"], __name__, int.__name__, [].__class__.__name__)
print(dict.fromkeys([1, 2]), dict([(1, 2)]), dict(a=1, **{"b": 2}), {**{"a": 1}, "b": 2}, [*range(3), *"ab"], {*"aa"})
print(type(zip()).__name__, list(zip(*[(1, 2), (3, 4)])), list(filter(None, [0, 1, "", "a"])), list(map(str.upper, "ab")), list(reversed(range(3))), list(enumerate([])))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(e)
print("%.3f" % 2.0005, 1_000_000, 0b101, 0o17, 0xff, 1e3, 10 / 4, 10 // 4, -10 // 4, 3 ** 2 ** 2, 2 ** 0.5, True + True, None is None, not None)

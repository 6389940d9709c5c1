# a tour of everyday builtins (found range.index/count missing)
import sys, os, math, operator, functools, itertools
print(sys.version_info[:2] >= (3, 8), sys.maxsize, sys.byteorder, type(sys.float_info.max).__name__)
print(os.sep, os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/p/q.py"), os.path.dirname("/p/q.py"), os.getenv("NOPE", "dflt"))
print(divmod(-7, 2), divmod(7.5, 2), pow(3, -1, 7), pow(2, 100, 1000), round(2.675, 2), round(-0.5), round(1.5), round(25, -1))
print(int("0x1f", 16), int("1_000"), int(" 42 "), float("  1e3 "), float("-inf"), int(3.99), int(-3.99), bin(-5), hex(255), oct(8), 0b101, 0o17, 1_000_000)
print(sorted("bAc", key=str.lower), sorted([3, 1, 2], reverse=True), min([], default=0), max("abc"), sum([0.1] * 3), any([]), all([]))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), list(filter(None, [0, 1, "", "a"])), list(zip(*[(1, 2), (3, 4)])), dict(zip("ab", range(2))))
print(list(enumerate("ab", start=1)), list(reversed(range(3))), range(10)[2:8:2], len(range(0, 100, 7)), 5 in range(10), range(5).index(3))
print(isinstance(True, int), issubclass(bool, int), callable(print), hasattr([], "append"), getattr(3, "real"), type(None).__name__, id(1) == id(1))
print(repr("it's"), repr('say "hi"'), ascii("é"), str(b"x"), repr(1e100), repr(1/3), 0.1 + 0.2, 1e16, 2**63, -2**63, 10**30 // 7, (-7) // 2, -7 % 3)
print(abs(-3), abs(-2.5), (5).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (3.75).as_integer_ratio(), (10).__add__(5))
print("%.3f" % math.pi, math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.isclose(0.1 + 0.2, 0.3), math.inf > 10**300, math.nan == math.nan, math.factorial(20))
s = {3, 1, 2}; s.add(5); s.discard(1)
print(s, s | {9}, s & {2, 3}, s - {2}, s ^ {3, 4}, {x % 3 for x in range(10)}, set() == frozenset())
d = {"b": 2, "a": 1}
d.setdefault("c", 3); d.update(d=4); del d["b"]
print(d, d.pop("z", None), list(d.keys()), d | {"e": 5}, {k: v for k, v in sorted(d.items(), key=operator.itemgetter(1), reverse=True)}, dict.fromkeys("xy", 0))
l = [5, 3, 8, 1]
l.sort(); l.insert(1, 2); l.extend([9]); l.remove(8)
print(l, l.index(5), l[::-1], l[1:-1], l * 2, [x for x in l if x % 2], l.pop(0), l.count(9), sorted(l, key=lambda v: -v))
a = [[0] * 3 for _ in range(2)]; a[0][1] = 7
print(a, [row[:] for row in a] == a, [[r[i] for r in a] for i in range(3)])
print(bytes(3), bytearray(b"ab") + b"c", b"abc"[1], b"a,b".split(b","), memoryview(b"abc")[1], b"%d-%s" % (5, b"x"))
x = 10
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer(); f(); print(f(), x, (lambda *a, **k: (a, k))(1, 2, z=3))
print(vars(type("T", (), {"a": 1}))["a"], type(3)(5), globals()["x"], "x" in dir(), __name__)

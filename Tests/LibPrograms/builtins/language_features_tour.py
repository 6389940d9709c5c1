import sys, traceback
class Validated:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be >= 0")
        setattr(obj, self.name, value)
class Account:
    balance = Validated()
    registry = []
    def __init_subclass__(cls, kind="basic", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Account.registry.append(cls.__name__)
    def __init__(self, b):
        self.balance = b
class Savings(Account, kind="savings"):
    pass
a = Savings(10)
print(a.balance, a.kind, Account.registry, type(Account.__dict__["balance"]).__name__)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.created_by, repr(WithMeta), type(WithMeta).__name__, isinstance(WithMeta, Meta))
def singleton(cls):
    instances = {}
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get
@singleton
class Db:
    pass
print(Db() is Db())
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            print("reset")
            total = count = 0
            continue
        if x is None:
            return avg
        total += x
        count += 1
        avg = total / count
g = averager()
next(g)
print(g.send(10), g.send(20))
g.throw(ValueError)
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def delegator():
    result = yield from averager()
    print("delegate got", result)
    yield "after"
d = delegator()
next(d)
d.send(4)
print(d.send(None))
def closing_gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
cg = closing_gen()
next(cg)
cg.close()
print(cg.gi_frame is None, list(cg))
def fmt_exc():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        e.add_note("extra context")
        for line in traceback.format_exc().splitlines():
            print(line.replace(__file__, "PROGRAM"))
fmt_exc()
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
print(list(zip("ab", [1, 2], strict=True)), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])), min([], default="empty"), max(3, 1, key=lambda v: -v))
try:
    list(zip("abc", [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
it = iter([1, 2, 3, 0, 4].pop, 0)
print(list(iter(lambda: 5, 5)), list(enumerate("ab", start=1)))
print(int("0x1f", 16), int("1_000"), int(" 42 "), int("-0b101", 0), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1023).bit_length(), (-5).bit_count())
print(float("1e500"), float("-inf"), 1e16, 1.5e-7, 0.1 + 0.2, 1 / 3, 2 ** 0.5, 10 ** 20, 10.0 ** 20, float("nan") == float("nan"), int(1e20))
print(b"abc".hex(), bytes.fromhex("de ad"), bytearray(b"x") + b"y", b"a,b".split(b","), list(b"hi"), bytes(3), b"%d-%s" % (1, b"x"))
print(sys.version_info >= (3, 11), sys.version_info[:2], sys.maxsize, sys.byteorder, type(sys.argv).__name__, sys.platform != "", sys.getrecursionlimit() > 0)
print(vars(a) == a.__dict__, sorted(k for k in vars(a)), callable(a), hasattr(a, "kind"))
x = 10
def outer():
    x = 20
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
print(outer()(), x)
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
print([y for x in range(3) if x for y in range(x)], {k: v for k, v in zip("ab", range(2))}, {c for c in "hello"} == set("helo"))
match {"action": "move", "x": 3, "y": 4}:
    case {"action": "move", "x": int(x), **rest}:
        print("move", x, rest)
match [1, 2, 3, 4]:
    case [first, *middle, last]:
        print(first, middle, last)
match 3.0:
    case int():
        print("int")
    case float(v) if v > 2:
        print("big float", v)
print((lambda *a, **k: (a, k))(1, 2, z=3), (lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
def kwonly(a, *, b=2, **rest):
    return a, b, rest
print(kwonly(1, c=3), kwonly(*[1], **{"b": 5}))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(f"{'nested {braces}'}", "%s" % ((1, 2),), "{!r}".format("q"), f"{3:{'>'}{5}}", f"{x!r:>5}")
w = 5
print(f"{w if w > 3 else 0}", f"{[i * 2 for i in range(3)]}", f"{ {'a': 1}['a'] }", f"{w:#06x}", f"{w:e}")

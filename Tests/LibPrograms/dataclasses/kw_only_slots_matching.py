# Field ordering with inheritance and kw_only, InitVar with replace(), frozen
# and unsafe hashing, asdict() through containers, definition errors
# (including slots=True on a class with __slots__), recursive reprs and
# class patterns.
import dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar, asdict, astuple, replace, fields
from typing import ClassVar, Optional, List
from collections import namedtuple
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def d(f):
    try: return f()
    except Exception as e: print(type(e).__name__, e)
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Sub(Base):
    c: int = 3
    a: int = 10
print(Sub(), fields(Sub)[0].name, [f.name for f in fields(Sub)])
d(lambda: dataclass(type("X", (Base,), {"__annotations__": {"c": int}})))
@dataclass
class KW:
    x: int
    y: int = field(kw_only=True, default=0)
    z: int = 5
print(KW(1, 2), KW(1, y=3))
@dataclass(kw_only=True)
class KB:
    p: int = 0
@dataclass
class KS(KB):
    q: int
print(KS(1), KS(1, p=5))
@dataclass
class CV:
    count: ClassVar[int] = 0
    name: str = "n"
    items: List[int] = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    meta: dict = field(default_factory=dict, metadata={"unit": "m"})
print(CV(), fields(CV)[-1].metadata, fields(CV)[-1].metadata["unit"], CV.count, len(fields(CV)))
d(lambda: CV(count=1))
@dataclass
class Opt:
    init_only: InitVar[int]
    val: int = field(init=False)
    def __post_init__(self, init_only): self.val = init_only * 2
print(Opt(4), d(lambda: replace(Opt(4), val=1)), d(lambda: replace(Opt(4))), replace(Opt(4), init_only=5))
@dataclass(frozen=True)
class Money:
    amount: int
    cur: str = "EUR"
    def __add__(self, o): return Money(self.amount + o.amount, self.cur)
m = Money(3) + Money(4); print(m, hash(m) == hash(Money(7)), {m: 1}[Money(7)])
d(lambda: setattr(m, "amount", 1))
print(d(lambda: m.__setattr__("x", 1)))
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(hash=False, default=None)
print(hash(UH(1)) == hash(UH(1, [1])))
@dataclass
class Unhash:
    a: int
d(lambda: hash(Unhash(1)))
print(Unhash.__hash__)
@dataclass(eq=True, frozen=False)
class Cmp:
    a: int
d(lambda: Cmp(1) < Cmp(2))
print(Cmp(1) == Cmp(1), Cmp(1) == (1,), Cmp(1) != Cmp(2))
NT = namedtuple("NT", "x y")
@dataclass
class Deep:
    nt: NT
    t: tuple
    d: dict
    l: list
print(asdict(Deep(NT(1, [2]), (3, {"k": Cmp(4)}), {"z": Cmp(5)}, [Cmp(6)])), astuple(Deep(NT(1, 2), (), {}, [])))
print(asdict(Cmp(1), dict_factory=lambda kv: list(kv)))
try:
    @dataclass
    class BadDef:
        x: int = field()
        y: int = field(default=1)
        z: int
except TypeError as e: print("TE", e)
try:
    @dataclass(order=True)
    class BadOrd:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print("TE", e)
try:
    @dataclass(frozen=True)
    class FZ:
        a: int
    @dataclass
    class NFZ(FZ):
        b: int = 1
except TypeError as e: print("TE", e)
try:
    @dataclass
    class MutDef:
        s: set = set()
except ValueError as e: print("VE", e)
try:
    @dataclass
    class MutDef2:
        s: dict = {}
except ValueError as e: print("VE", e)
try:
    dataclass(slots=True)(type("S", (), {"__slots__": ("a",), "__annotations__": {"a": int}}))
except TypeError as e: print("TE", e)
@dataclass
class WithProp:
    _x: int = 0
    @property
    def x(self): return self._x
print(WithProp(5).x, WithProp())
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1))[:8])
@dataclass
class Recur:
    children: list = field(default_factory=list)
r = Recur(); r.children.append(r); print(r)
@dataclass
class Pair:
    a: object
    b: object
p = Pair(1, None); p.b = p; print(p, p == p)
print(dataclasses.is_dataclass(Pair), dataclasses.fields(p)[0].name, list(Pair.__dataclass_fields__))
@dataclass(match_args=False)
class NoMatch:
    a: int
print(hasattr(NoMatch, "__match_args__"))
match Pair(1, 2):
    case Pair(a=1, b=b): print("kw match", b)
match KW(1, y=2):
    case KW(x, z): print("pos match", x, z)

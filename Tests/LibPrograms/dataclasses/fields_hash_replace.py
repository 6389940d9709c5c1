import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, FrozenInstanceError
from typing import ClassVar, NamedTuple
import collections
@dataclass
class Item:
    name: str
    price: float = field(default=0.0, metadata={"unit": "EUR"})
    tags: list = field(default_factory=list, repr=False)
    secret: str = field(default="s", compare=False, repr=False)
    count: ClassVar[int] = 0
f = fields(Item)
print([x.name for x in f], f[1].metadata["unit"], f[1].default, f[2].default_factory, f[0].type, repr(f[0])[:40])
print(Item("a"), Item("a", secret="x") == Item("a", secret="y"), Item.count, "count" in [x.name for x in f])
@dataclass(frozen=True)
class Base:
    x: int
try:
    @dataclass
    class Child(Base):
        y: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(frozen=True)
    class Child2(Item):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
@dataclass
class WithInit:
    a: int
    b: int = field(init=False, default=5)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
w = WithInit(3)
print(w, fields(WithInit)[-1].name, len(fields(WithInit)))
try:
    replace(w, b=1)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(w)
except ValueError as e:
    print("ValueError:", e)
print(replace(w, scale=10))
P = collections.namedtuple("P", "x y")
class NT(NamedTuple):
    a: int
    b: list
@dataclass
class Nested:
    items: list
    mapping: dict
    point: P
    nt: NT
    inner: Item
n = Nested([Item("x"), 2], {"k": Item("y")}, P(1, 2), NT(1, [Item("z")]), Item("q", 1.5))
print(asdict(n))
print(astuple(n))
print(asdict(n, dict_factory=lambda kv: {k.upper(): v for k, v in kv}) if False else "")
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=4))
try:
    KW(1)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 1
print(Mixed(1, 2, b=3))
@dataclass(slots=True, frozen=True)
class SF:
    x: int
    y: int = 2
s = SF(1)
print(s, hash(s) == hash(SF(1)), SF.__slots__)
try:
    s.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
@dataclass(eq=True, frozen=False)
class Unhashable:
    a: int
print(Unhashable.__hash__)
@dataclass(unsafe_hash=True)
class Hashable:
    a: int
print(hash(Hashable(1)) == hash((1,)), dataclasses.is_dataclass(Hashable), dataclasses.is_dataclass(Hashable(1)), dataclasses.is_dataclass(int))
try:
    fields(int)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Hashable)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Defaults:
    a: list = field(default_factory=lambda: [1])
d1, d2 = Defaults(), Defaults()
d1.a.append(2)
print(d1, d2, Defaults.__init__.__qualname__ if hasattr(Defaults.__init__, "__qualname__") else "")
print(Item.__match_args__, Item.__dataclass_params__ if False else "", sorted(Item.__dataclass_fields__))
class BigHash:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print([hash(BigHash(h)) for h in [-6644214454873602895, -1, 2**63, 2**61 - 1, 2**61, True]])

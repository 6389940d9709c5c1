# dataclasses options (order, frozen, kw_only, KW_ONLY, InitVar, slots, unsafe_hash, eq=False), inheritance, make_dataclass, match, and the definition errors.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError, is_dataclass, KW_ONLY
from typing import List, Optional, ClassVar
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False)
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.x *= scale
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1
i = Item("pen", 1.5)
print(i, repr(i), i == Item("pen", 1.5), i != Item("pen"), asdict(i), astuple(i))
print(Version(1, 2) < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), Version(1, 0, "x") == Version(1, 0, "y"), hash(Version(1)) == hash(Version(1)))
v = Version(1)
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del v.major
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(replace(v, minor=9), [f.name for f in fields(Version)], is_dataclass(v), is_dataclass(Version), is_dataclass(3))
n = Node(1)
n.children.append(Node(2))
print(n, asdict(n)["children"][0]["value"])
print(WithInit(3, 4), WithInit(2), KW(a=1), Mixed(1, b=2), Mixed(1))
try:
    KW(1)
except TypeError as e:
    print(e)
try:
    Item()
except TypeError as e:
    print(e)
try:
    Item("a", 1, [], 4)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
try:
    replace(v, nope=1)
except TypeError as e:
    print(e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)
f = fields(Item)[2]
print(f.name, f.type, f.default_factory, f.repr, f.compare, f.init)
print(repr(fields(Version)[0])[:40])
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass(unsafe_hash=True)
class H:
    x: int
print(hash(H(1)) == hash(H(1)), {H(1), H(1)})
@dataclass
class Base:
    x: int = 0
@dataclass
class Sub(Base):
    y: int = 1
print(Sub(), Sub(3, 4), Sub.__dataclass_fields__.keys(), Sub.__match_args__)
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1))[:20])
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as e:
    print(e)
@dataclass
class Prop:
    _v: int = 0
    @property
    def v(self):
        return self._v
print(Prop(5).v, Prop())
print(Item.__init__.__qualname__ if hasattr(Item.__init__, "__qualname__") else "-", Item.__eq__(i, 3))
from dataclasses import make_dataclass
Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
print(Pt(3, -4), Pt(3, -4).norm())
match Version(1, 2):
    case Version(1, minor):
        print("minor", minor)

# dataclasses: __post_init__ chains, field(init=False, metadata), InitVar with replace, frozen replace/hash, recursive asdict, mutable-default errors, eq across subclasses, init=False, match_args=False.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, MISSING, is_dataclass
import dataclasses
@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand
items = [Inventory("widget", 3.0, 10), Inventory("gadget", 1.25), Inventory("doohickey", 0.5, 7)]
for it in sorted(items, key=lambda i: i.total_cost(), reverse=True):
    print(f"{it.name:10} {it.total_cost():8.2f}", it)
@dataclass
class C:
    x: int
    y: int = field(init=False, default=0)
    z: list = field(default_factory=lambda: [1], repr=False, metadata={"unit": "m"})
    def __post_init__(self):
        self.y = self.x * 2
c = C(3)
print(c, fields(c)[2].metadata["unit"], fields(c)[2].metadata, asdict(c), astuple(c), replace(c, x=5))
try:
    C(1, 2)
except TypeError as e:
    print(e)
@dataclass
class Base:
    a: int
    def __post_init__(self):
        print("base post init", self)
@dataclass
class Derived(Base):
    b: str = "b"
    def __post_init__(self):
        super().__post_init__()
        print("derived post init")
Derived(1)
@dataclass
class WithInitVar:
    a: int
    factor: InitVar[int]
    def __post_init__(self, factor):
        self.a *= factor
w = WithInitVar(2, 10)
print(w, [f.name for f in fields(w)])
try:
    replace(w)
except ValueError as e:
    print("ValueError", e)
@dataclass(frozen=True)
class Point:
    x: float
    y: float
    def moved(self, dx):
        return replace(self, x=self.x + dx)
p = Point(1, 2)
print(p.moved(3), hash(p) == hash(Point(1.0, 2.0)), {p: "a"}[Point(1, 2)], p == (1, 2))
try:
    p.x = 5
except dataclasses.FrozenInstanceError as e:
    print(repr(e))
try:
    @dataclass(frozen=True)
    class FrozenChild(Inventory):
        pass
except TypeError as e:
    print(e)
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, other): return True
except TypeError as e:
    print(e)
@dataclass
class Rec:
    name: str
    children: list["Rec"] = field(default_factory=list)
r = Rec("root", [Rec("a"), Rec("b", [Rec("c")])])
print(r)
print(asdict(r))
@dataclass
class Defaults:
    a: int = 1
    b: tuple = (1, 2)
    c: frozenset = frozenset()
print(Defaults(), Defaults.a, Defaults.__dataclass_params__ if False else "", dataclasses.fields(Defaults)[0].default, type(MISSING).__name__)
try:
    @dataclass
    class MutDefault:
        a: dict = {}
except ValueError as e:
    print(e)
try:
    @dataclass
    class MutSet:
        a: set = set()
except ValueError as e:
    print(e)
print(is_dataclass(Rec), dataclasses.asdict(Defaults(b=[Point(1, 2)])), dataclasses.astuple(Point(3, 4)))
try:
    asdict(3)
except TypeError as e:
    print(e)
try:
    fields(3)
except TypeError as e:
    print(e)
@dataclass
class Eq:
    a: int
class EqSub(Eq): pass
print(Eq(1) == EqSub(1), Eq(1) == Eq(1), Eq(1).__eq__(1))
@dataclass(init=False)
class NoInit:
    a: int = 5
print(NoInit(), NoInit.__init__ is object.__init__)
@dataclass
class WithClassVar:
    from typing import ClassVar
    registry: ClassVar[list] = []
    a: int = 0
print(WithClassVar(), [f.name for f in fields(WithClassVar)])
@dataclass(match_args=False, repr=True, eq=True)
class NM:
    a: int
print(hasattr(NM, "__match_args__"), NM(1))

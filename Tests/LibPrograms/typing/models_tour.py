from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
from typing import NamedTuple, Optional, Union, List, Dict, TypedDict, Protocol, runtime_checkable, Generic, TypeVar, ClassVar, Literal, Any, Callable, get_type_hints

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    @property
    def hex(self):
        return {1: "#f00", 2: "#0f0", 3: "#00f"}[self.value]
    @classmethod
    def parse(cls, s):
        return cls[s.upper()]
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"].hex, Color.parse("red") is Color.RED, list(Color))
print(Color.RED.name, Color.RED.value, len(Color), Color.RED in Color, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status.OK + 1, sorted([Status.NOT_FOUND, Status.OK]), f"{Status.OK}", str(Status.OK), repr(Status(404)))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw.value, ~Perm.R, list(rw), Perm(0), bool(Perm(0)))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, IP.A | 4, repr(IP(3)), IP.A & 3)
class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"
print(Shape.CIRCLE, Shape.CIRCLE == "circle", Shape("sq"), f"{Shape.SQUARE}", Shape.CIRCLE.upper())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias), list(Alias.__members__))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)

@dataclass(order=True)
class Card:
    sort_index: int = field(init=False, repr=False)
    rank: str
    suit: str = "spades"
    tags: list = field(default_factory=list, compare=False)
    def __post_init__(self):
        self.sort_index = "23456789TJQKA".index(self.rank)
c1, c2 = Card("K"), Card("3", "hearts")
print(c1, c2, c1 > c2, sorted([c1, c2])[0].rank, c1 == Card("K"), asdict(c2), astuple(c1))
print(replace(c2, rank="A"), [f.name for f in fields(Card)], dataclasses.is_dataclass(c1), hash(c1) if c1.__hash__ else "unhashable")
@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p: 1}[Point(3.0, 4.0)])
try:
    p.x = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Cfg:
    name: str
    _: KW_ONLY
    debug: bool = False
    retries: int = 3
    scale: InitVar[int] = 1
    total: int = field(init=False, default=0)
    def __post_init__(self, scale):
        self.total = self.retries * scale
print(Cfg("a", debug=True, scale=10), Cfg("b"))
try:
    Cfg("a", True)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclass(slots=True)
class Slotted:
    a: int
print(Slotted(1), Slotted.__slots__, hasattr(Slotted(1), "__dict__"))

class Employee(NamedTuple):
    name: str
    id: int = 3
    def badge(self):
        return f"{self.name}#{self.id}"
e = Employee("guido")
print(e, e.badge(), e._fields, Employee._field_defaults, Employee.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "Blade Runner"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closer), isinstance(1, Closer))
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
s = Stack[int]()
s.push(1)
print(s.items, Stack[int], T, Optional[int], Union[int, str], List[int], Dict[str, int], Literal["a", 1], Callable[[int], str])
def greet(name: str, times: int = 1) -> str:
    return name * times
print(get_type_hints(greet), greet.__annotations__)
class Config:
    limit: ClassVar[int] = 5
    name: Optional[str] = None
print(get_type_hints(Config))

import abc, enum, dataclasses, typing, traceback, warnings, sys
from typing import Any, Iterator, Iterable, Sequence, Mapping, overload, Final, TypeVar, Generic, ParamSpec, Concatenate, Callable, Self

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self) -> float: ...
    @property
    @abc.abstractmethod
    def name(self) -> str: ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
print(Sq(2).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__ == frozenset({"area", "name"}))
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Registered(abc.ABC):
    pass
Registered.register(int)
print(isinstance(3, Registered), issubclass(bool, Registered))

class Weekday(enum.IntFlag):
    MON = 1
    TUE = 2
    WED = 4
    WEEKEND = 0
print(Weekday.MON | Weekday.WED, Weekday(3), list(Weekday(7)), Weekday.MON in Weekday(5))
class Ord(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = enum.auto()
    BETA = enum.auto()
print(Ord.ALPHA.value, [m.value for m in Ord], Ord("beta"))
class Mood(enum.Enum):
    HAPPY = "h"
    SAD = "s"
    def __str__(self):
        return self.name.title()
    @classmethod
    def _missing_(cls, value):
        return cls.HAPPY if value == "?" else None
print(Mood("?"), f"{Mood.SAD}", str(Mood.SAD), format(Mood.SAD))
try:
    Mood("x")
except ValueError as e:
    print("ValueError:", e)
print(Mood.__members__.keys(), Mood.HAPPY._name_, Mood["SAD"]._value_)
try:
    Mood.HAPPY = 3
except AttributeError as e:
    print("AttributeError:", e)
Animal = enum.Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
class Http(enum.IntEnum):
    OK = 200
print(Http.OK == 200, Http.OK.name, Http(200) is Http.OK, int(Http.OK), Http.OK * 2, {Http.OK: "x"}[200])
@enum.verify(enum.UNIQUE)
class V(enum.Enum):
    A = 1
print(list(V))
print(enum.Enum.__name__, type(Mood), isinstance(Mood.SAD, enum.Enum))

@dataclasses.dataclass(eq=False, repr=False)
class Plain:
    x: int
    def __repr__(self):
        return f"Plain<{self.x}>"
print(Plain(1), Plain(1) == Plain(1))
@dataclasses.dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = dataclasses.field(default_factory=list, hash=False, compare=False)
print(hash(H(1)) == hash(H(1)), H(1, [2]) == H(1, [3]))
@dataclasses.dataclass
class Base:
    a: int
    b: str = "b"
@dataclasses.dataclass
class Derived(Base):
    c: float = 1.0
    def total(self):
        return self.a + self.c
print(Derived(1), Derived(1, "x", 2.5).total(), [f.name for f in dataclasses.fields(Derived)])
@dataclasses.dataclass(match_args=True)
class Pt:
    x: int
    y: int
def where(p):
    match p:
        case Pt(0, 0):
            return "origin"
        case Pt(x, 0):
            return f"x-axis at {x}"
        case Pt(x=0, y=y):
            return f"y-axis at {y}"
        case _:
            return "elsewhere"
print([where(p) for p in [Pt(0, 0), Pt(3, 0), Pt(0, 4), Pt(1, 1)]], Pt.__match_args__)
print(dataclasses.asdict(Derived(1)), dataclasses.astuple(Pt(1, 2)), dataclasses.replace(Pt(1, 2), y=5))
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", int, dataclasses.field(default=2))])
print(Dyn(1), Dyn.__name__)
try:
    dataclasses.replace(Pt(1, 2), z=3)
except TypeError as e:
    print("TypeError:", e)
@dataclasses.dataclass
class Rec:
    name: str
    children: list["Rec"] = dataclasses.field(default_factory=list)
print(Rec("root", [Rec("leaf")]), dataclasses.asdict(Rec("r", [Rec("c")])))

T = TypeVar("T", bound="Comparable")
P = ParamSpec("P")
def logged(f: Callable[P, T]) -> Callable[P, T]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> T:
        return f(*args, **kwargs)
    return inner
@logged
def add(a: int, b: int) -> int:
    return a + b
print(add(1, 2), typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(typing.Optional[int]))
print(typing.get_args(typing.Union[int, str, None]), typing.Optional[int] == typing.Union[int, None], int | str, type(int | None))
class Node(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Node[int](1).v, Node.__parameters__, typing.List[int] == list[int], repr(typing.Any), typing.TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f("a"))
MAX: Final = 3
print(typing.cast(int, "not checked"), typing.NewType("UserId", int)(5), typing.NewType("UserId", int).__name__ if hasattr(typing.NewType("UserId", int), "__name__") else None)
print(typing.assert_type(1, int) if hasattr(typing, "assert_type") else 1, typing.reveal_type if False else "ok")
def tb_demo():
    try:
        {}["missing"]
    except KeyError:
        return traceback.format_exc().splitlines()[-1]
print(tb_demo())
try:
    raise ValueError("outer") from KeyError("inner")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e), e.__cause__, e.__suppress_context__)
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 1, 2, "x y")))[-1].strip())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("plain")
print([(str(x.message), x.category.__name__) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", e)

import dataclasses, asyncio, typing, copy, json
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY
@dataclass(eq=False)
class NoEq:
    a: int
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False, repr=False, metadata={'doc': 'label'})
@dataclass
class Node:
    val: int
    children: list['Node'] = field(default_factory=list)
    parent: 'Node | None' = field(default=None, repr=False)
@dataclass
class Base:
    x: int = 0
    y: int = 1
    def total(self): return self.x + self.y
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10
@dataclass(match_args=False, repr=False)
class NoRepr:
    q: int
@dataclass
class WithProps:
    _n: int = 0
    @property
    def n(self): return self._n
@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2
    def s(self): return self.a + self.b
@dataclass(weakref_slot=True, slots=True)
class WS:
    a: int
@dataclass
class Gen(typing.Generic[typing.TypeVar('T')]):
    item: typing.Any
@dataclass
class Recur:
    name: str
    other: 'Recur | None' = None

async def main():
    print(NoEq(1) == NoEq(1), hash(UH(1, [1])) == hash(UH(1, [2])), UH(1, [1]) == UH(1, [2]))
    v = Ver(1, 2, 'x')
    print(v, v < Ver(1, 3), v == Ver(1, 2, 'y'), sorted([Ver(2), Ver(1, 5), Ver(1)]), fields(v)[2].metadata['doc'], fields(v)[2].metadata)
    try:
        v.major = 3
    except dataclasses.FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
    try:
        del v.major
    except dataclasses.FrozenInstanceError as e:
        print(type(e).__name__, e)
    root = Node(1); child = Node(2, parent=root); root.children.append(child)
    print(root, asdict(Node(3, [Node(4)])))
    print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)], Derived().total())
    print(repr(NoRepr(1))[:8], hasattr(NoRepr, '__match_args__'), Ver.__match_args__, Slotted.__match_args__)
    s = Slotted(1)
    print(s, s.s(), Slotted.__slots__, '__dict__' in dir(s))
    try:
        s.c = 1
    except AttributeError as e:
        print('AttributeError', e)
    print(WS.__slots__, Gen(1), Gen[int](2))
    r = Recur('a'); r.other = r
    print(r)
    match Ver(3, 1):
        case Ver(major=3, minor=m):
            print('matched minor', m)
    match Ver(2, 7):
        case Ver(2, mi):
            print('positional', mi)
    print(json.dumps(asdict(v)), astuple(Derived()), replace(Derived(), z=0))
    print(dataclasses.fields(Ver)[0].type, Ver.__dataclass_fields__['major'].default is dataclasses.MISSING)
    c = copy.deepcopy(root)
    print(c == root, c.children[0].parent is c)
    print(asdict(v, dict_factory=lambda items: [k for k, _ in items]))
    try:
        asdict(Ver)
    except TypeError as e:
        print('TypeError', e)
    try:
        fields(1)
    except TypeError as e:
        print('TypeError', e)
    try:
        Ver(1, 2, 3, 4)
    except TypeError as e:
        print('TypeError', e)
    try:
        Derived(q=1)
    except TypeError as e:
        print('TypeError', e)
    try:
        @dataclass
        class BadFrozen(Ver):
            w: int = 0
    except TypeError as e:
        print('TypeError', e)
    try:
        @dataclass(order=True)
        class BadOrder:
            def __lt__(self, o): return True
    except TypeError as e:
        print('TypeError', e)
    print(dataclasses.is_dataclass(Ver), inspect_sig())
def inspect_sig():
    import inspect
    return str(inspect.signature(Derived)), str(inspect.signature(Ver)), str(inspect.signature(Node))
asyncio.run(main())

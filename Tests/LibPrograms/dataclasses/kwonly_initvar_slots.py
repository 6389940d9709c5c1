import asyncio, dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, asdict, astuple, replace, fields, is_dataclass, make_dataclass
from typing import ClassVar, List

@dataclass(kw_only=True)
class Cfg:
    host: str
    port: int = 80
    tags: list = field(default_factory=list)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, kw_only=False)

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    y: int = field(init=False)
    count: ClassVar[int] = 0
    def __post_init__(self, scale):
        self.y = self.x * scale
        WithInit.count += 1

@dataclass(slots=True, frozen=True)
class P:
    x: int
    y: int = 0

@dataclass(order=True)
class Item:
    sort_index: int = field(init=False, repr=False)
    name: str
    price: float
    def __post_init__(self):
        self.sort_index = int(self.price)

@dataclass
class Inner:
    v: List[int]

@dataclass
class Outer:
    name: str
    inners: List[Inner]
    mapping: dict
    pair: tuple

async def main():
    c = Cfg(host='h')
    print(c, Cfg(host='a', port=1, tags=[1]))
    try:
        Cfg('h')
    except TypeError as e:
        print('TypeError', e)
    print(Mixed(1), Mixed(1, 5, b=4))
    w = WithInit(3, 4)
    print(w, WithInit(2), WithInit.count, [f.name for f in fields(w)])
    p = P(1)
    print(p, P.__slots__, hasattr(p, '__dict__'), hash(p) == hash(P(1)))
    try:
        p.x = 5
    except dataclasses.FrozenInstanceError as e:
        print('Frozen', e)
    print(replace(p, y=9))
    items = sorted([Item('b', 3.5), Item('a', 1.2), Item('c', 2.0)])
    print(items, items[0] < items[1])
    o = Outer('o', [Inner([1, 2]), Inner([3])], {'k': Inner([4])}, (Inner([]), 5))
    print(asdict(o))
    print(astuple(o))
    print(is_dataclass(o), is_dataclass(Outer), is_dataclass(1))
    D = make_dataclass('D', ['a', ('b', int), ('c', int, field(default=5))], namespace={'tot': lambda self: self.a + self.b + self.c})
    d = D(1, 2)
    print(d, d.tot(), D.__name__)
    try:
        replace(w, y=3)
    except ValueError as e:
        print('ValueError', e)
    try:
        @dataclass
        class Bad:
            a: int = 1
            b: int
    except TypeError as e:
        print('TypeError', e)
    try:
        @dataclass
        class Bad2:
            a: list = []
    except ValueError as e:
        print('ValueError', e)
    print(fields(Cfg)[0].name, fields(Cfg)[0].kw_only, fields(Cfg)[0].default is dataclasses.MISSING)
    print(type(dataclasses.MISSING).__name__, field().kw_only is dataclasses.MISSING)
asyncio.run(main())

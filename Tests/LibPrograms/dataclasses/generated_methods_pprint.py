# The generated methods' names and modules, and pprint laying out a long
# dataclass field by field (it recognises the generated __repr__).
import dataclasses
import pprint


@dataclasses.dataclass(order=True, frozen=True)
class Point:
    x: int
    y: int = 0


@dataclasses.dataclass
class Route:
    name: str
    stops: list
    origin: Point = dataclasses.field(default_factory=lambda: Point(0, 0))
    note: str = dataclasses.field(default='', repr=False)


@dataclasses.dataclass
class Custom:
    value: int

    def __repr__(self):
        return f'Custom<{self.value}>'


for name in ['__init__', '__repr__', '__eq__', '__lt__', '__hash__', '__setattr__']:
    method = getattr(Point, name)
    wrapped = getattr(method, '__wrapped__', None)
    print(name, method.__qualname__, method.__module__, wrapped is not None)

r = Route('harbour line ' * 2, [Point(i, i * i) for i in range(6)], note='hidden')
pprint.pprint(r)
pprint.pprint(r, width=120)
pprint.pprint([r, Custom(3)], width=40)
pprint.pprint({'route': Route('x', [])}, width=20)
pprint.pprint([Custom(10 ** 30)] * 3, width=30)
print(repr(Point(1, 2)), str(Route('s', [])))

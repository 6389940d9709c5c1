# An enum mixed with a dataclass: members are built with the dataclass's
# __init__, the value is a dataclass instance, reprs use the dataclass's.
import asyncio
from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class Coord:
    dx: int
    dy: int

    def step(self, x, y):
        return x + self.dx, y + self.dy


class Heading(Coord, Enum):
    NORTH = 0, 1
    EAST = 1, 0
    SOUTH = 0, -1
    WEST = -1, 0

    def turn_right(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print(Heading.NORTH, repr(Heading.EAST), Heading.SOUTH.value, Heading.WEST.dx, Heading.WEST.dy)
print(list(Heading), Heading.NORTH.turn_right(), Heading.WEST.turn_right())
print(Heading.NORTH.step(3, 4), isinstance(Heading.EAST, Coord), Heading.EAST.value == Coord(1, 0), Heading['SOUTH'])


@dataclass
class Spec:
    label: str
    weight: int = 1


class Size(Spec, Enum):
    SMALL = 'small'
    LARGE = 'large', 5


print(Size.SMALL, repr(Size.LARGE), Size.LARGE.weight, Size.SMALL.label, Size.SMALL.value)


async def walk(start, moves):
    x, y = start
    heading = Heading.NORTH
    for move in moves:
        await asyncio.sleep(0.1)
        if move == 'R':
            heading = heading.turn_right()
        else:
            x, y = heading.step(x, y)
        print(f'{asyncio.get_running_loop().time():.1f}', move, heading.name, (x, y))
    return x, y

print(asyncio.run(walk((0, 0), 'FFRFRRF')))

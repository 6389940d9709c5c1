# Flag pseudo-members with bits beyond the members (boundary KEEP) name
# only non-zero members; _generate_next_value_ may follow members when no
# auto() came before it; dir() of a mixed-in member lists its members.
import asyncio
from enum import Enum, Flag, IntFlag, StrEnum, KEEP, auto


class Opt(IntFlag):
    NONE = 0
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


class Perm(Flag, boundary=KEEP):
    EMPTY = 0
    R = 4
    W = 2
    X = 1
    RW = 6


class Mode(StrEnum):
    READ = 'r'
    WRITE = 'w'

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + '!'

    EXTRA = auto()


class Level(Enum):
    LOW = 1

    def describe(self):
        return self.name.lower()


async def main():
    await asyncio.sleep(0)
    print(repr(Opt.A | 8), str(Opt.A | 8), (Opt.A | 8).name, repr(Opt(8)), repr(Opt(0)))
    print(repr(Opt.A | Opt.B | 16), repr(Opt(27)), repr(~Opt.A), list(Opt(27)))
    print(repr(Perm(8)), repr(Perm(14)), repr(Perm(15)), Perm(14).name, Perm(0).name)
    print(list(Mode), Mode.EXTRA.value)
    try:
        class Late(Enum):
            A = auto()

            def _generate_next_value_(name, start, count, last_values):
                return name

            B = auto()
    except TypeError as e:
        print('TypeError:', e)
    print([n for n in dir(Opt.A) if not n.startswith('_')][:8])
    print(dir(Level.LOW))
    print([n for n in dir(Mode.READ) if not n.startswith('_')][:6])


asyncio.run(main())

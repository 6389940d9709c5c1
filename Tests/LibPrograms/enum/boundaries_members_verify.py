import enum, asyncio
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, member, nonmember, property as eprop, ReprEnum, global_enum
from dataclasses import dataclass

class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower(): return m
        return None

class Shape(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    SQUARE = 1
    CIRCLE = 2
    def __str__(self): return f'shape:{self.name.lower()}'

class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2

@dataclass
class Coord:
    x: int
    y: int
class Dir(Coord, Enum):
    NORTH = 0, 1
    EAST = 1, 0

class WithMember(Enum):
    A = 1
    helper = nonmember(10)
    @member
    def fn(self): return 'f'

class Color(IntFlag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7

class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto()
    WEEKEND = 0

async def main():
    print(Status('ACTIVE'), Status('inactive'))
    try:
        Status('nope')
    except ValueError as e:
        print('ValueError', e)
    print(list(Shape), str(Shape.SQUARE), repr(Shape.CIRCLE), f'{Shape.SQUARE}', format(Shape.SQUARE), hasattr(Shape, 'tmp'))
    try:
        Strict(7)
    except ValueError as e:
        print('ValueError', e)
    print(repr(Conform(7)), Eject(7), repr(Keep(7)), Keep(7).value)
    print(Dir.NORTH, repr(Dir.EAST), Dir.NORTH.x, Dir.EAST.value)
    print([m.name for m in WithMember], WithMember.helper, WithMember.fn.value(None) if callable(WithMember.fn.value) else '')
    print(Color.WHITE, repr(Color.RED | Color.GREEN), list(Color.WHITE), Color(3).name, Color(0), repr(Color(0)), Color.RED in Color.WHITE, len(Color.WHITE))
    print(repr(Color(9)) if True else '', Color(9).name)
    print(Weekday.WEEKEND, repr(Weekday(0)), list(Weekday), Weekday.MON | Weekday.WED, (Weekday.MON | Weekday.WED).name)
    try:
        @verify(UNIQUE)
        class V(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print('ValueError', e)
    try:
        @verify(CONTINUOUS)
        class V2(IntEnum):
            A = 1
            C = 3
    except ValueError as e:
        print('ValueError', e)
    try:
        @verify(NAMED_FLAGS)
        class V3(Flag):
            A = 1
            X = 5
    except ValueError as e:
        print('ValueError', e)
    print(Status.ACTIVE.__class__.__mro__, Color.__mro__)
    print(enum.IntEnum.__mro__ if False else '', IntEnum('I', 'a b').a, repr(IntEnum('I', 'a b').b))
    print(sorted(Status, key=lambda s: s.value), Status.ACTIVE < Status.INACTIVE if False else '')
    try:
        Status.ACTIVE < Status.INACTIVE
    except TypeError as e:
        print('TypeError', e)
    try:
        Status.ACTIVE = 3
    except AttributeError as e:
        print('AttributeError', e)
    try:
        class Ext(Status): pass
    except TypeError as e:
        print('TypeError', e)
    try:
        del Status.ACTIVE
    except AttributeError as e:
        print('AttributeError', e)
    print(Status.ACTIVE._value_, Status._member_names_, Status._value2member_map_ if False else '', Status.__members__['ACTIVE'])
    print(Color.RED + Color.GREEN, Color.RED * 3, Color.BLUE.bit_length(), int(Color.WHITE), hex(Color.WHITE))
    class Pri(IntEnum):
        LOW = 1
        HIGH = 2
        def __str__(self): return self.name.title()
    print(Pri.LOW, f'{Pri.HIGH}', '{}'.format(Pri.LOW), str(Pri.HIGH), Pri.LOW == 1, {Pri.LOW: 'x'}[1])
    class Mood(Enum):
        HAPPY = 3
        SAD = 1
        @property
        def emoji(self): return ':)' if self is Mood.HAPPY else ':('
        @classmethod
        def favorite(cls): return cls.HAPPY
    print(Mood.HAPPY.emoji, Mood.favorite(), Mood(1).emoji, [m.name for m in Mood])
    print(dir(Mood.HAPPY) if False else '', sorted(x for x in dir(Mood) if not x.startswith('_')))
asyncio.run(main())

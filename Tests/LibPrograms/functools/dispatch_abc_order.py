# singledispatch picks the most specific ABC (C3 over implicit ABCs), not
# the first registered; string annotations resolve; classmethod registration.
import asyncio
import collections.abc as cabc
from functools import singledispatch, singledispatchmethod, cached_property, cmp_to_key, partial


@singledispatch
def describe(x):
    return f'object {type(x).__name__}'


@describe.register
def _(x: cabc.Iterable):
    return 'iterable'


@describe.register
def _(x: cabc.Sequence):
    return f'sequence of {len(x)}'


@describe.register
def _(x: 'int'):
    return f'int {x}'


@describe.register
def _(x: cabc.Mapping):
    return f'mapping with {sorted(x)}'


class Bag:
    def __iter__(self):
        return iter([1, 2])


print(describe([1, 2, 3]), describe((1,)), describe('ab'), describe({3}), describe(Bag()))
print(describe({'b': 1, 'a': 2}), describe(7), describe(True), describe(1.5))
print(describe.dispatch(list) is describe.registry[cabc.Sequence], type(describe.registry).__name__)


class Shape:
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return f'{cls.__name__} from {type(arg).__name__}'

    @make.register
    @classmethod
    def _(cls, arg: int):
        return f'{cls.__name__} with {arg} sides'


class Square(Shape):
    pass


print(Shape.make(3), Square.make('x'), Square().make(4))


class Lazy:
    def __init__(self, n):
        self.n = n
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(range(self.n))


lz = Lazy(5)
print(lz.total, lz.total, lz.computed, 'total' in vars(lz))
del lz.total
print(lz.total, lz.computed)


class Slotted:
    __slots__ = ('n',)

    @cached_property
    def total(self):
        return 1


try:
    Slotted().total
except TypeError as e:
    print('TypeError:', e)

Key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=Key), Key(1) < Key(2), Key(2) == Key(2))
try:
    Key(1) < 2
except TypeError as e:
    print('TypeError:', e)
try:
    partial()
except TypeError as e:
    print('TypeError:', e)


@singledispatch
async def handle(msg):
    await asyncio.sleep(0.1)
    return f'generic {msg!r}'


@handle.register
async def _(msg: bytes):
    await asyncio.sleep(0.2)
    return f'{len(msg)} raw bytes'


async def main():
    print(await asyncio.gather(handle('hi'), handle(b'abc'), handle(None)))
    print(asyncio.get_running_loop().time())

asyncio.run(main())

# singledispatch over numbers/collections.abc ABCs and int | None unions, registration errors, singledispatchmethod with classmethods.
from functools import singledispatch, singledispatchmethod
import collections.abc as cabc, numbers, typing, decimal, fractions
@singledispatch
def describe(x): return f'object:{type(x).__name__}'
@describe.register
def _(x: numbers.Integral): return f'integral:{x}'
@describe.register
def _(x: numbers.Real): return f'real:{x}'
@describe.register(cabc.Mapping)
def _(x): return f'mapping:{len(x)}'
@describe.register
def _(x: cabc.Sequence): return f'sequence:{len(x)}'
@describe.register
def _(x: str): return f'str:{x}'
@describe.register
def _(x: int | None): return f'int-or-none:{x}'
for v in [1, True, 2.5, fractions.Fraction(1, 2), decimal.Decimal('1'), {}, [1, 2], (1,), 'abc', None, b'xy', range(3), {1}, 1j]:
    print(repr(v), describe(v))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.dispatch(fractions.Fraction), len(describe.registry))
try:
    @describe.register
    def _(x: typing.List[int]): pass
except TypeError as e:
    print(type(e).__name__, str(e)[:90])
try:
    @describe.register
    def _(x: 'int'): pass
except TypeError as e:
    print(type(e).__name__, str(e)[:90])
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
class Shape:
    @singledispatchmethod
    def area(self, arg): raise NotImplementedError(f'cannot {type(arg).__name__}')
    @area.register
    def _(self, arg: int): return arg * arg
    @area.register
    def _(self, arg: tuple): return arg[0] * arg[1]
    @singledispatchmethod
    @classmethod
    def make(cls, arg): return f'{cls.__name__} generic'
    @make.register
    @classmethod
    def _(cls, arg: str): return f'{cls.__name__} from str {arg}'
print(Shape().area(3), Shape().area((2, 5)), Shape.make(1), Shape.make('s'))
try:
    Shape().area(1.5)
except NotImplementedError as e:
    print(type(e).__name__, e)
class Animal: pass
class Dog(Animal): pass
@singledispatch
def speak(a): return '...'
speak.register(Animal, lambda a: 'animal sound')
print(speak(Dog()), speak(Animal()), speak(1), speak.registry.keys() >= {object, Animal})
class Meta(cabc.Sized):
    def __len__(self): return 0
@singledispatch
def sz(x): return 'base'
@sz.register
def _(x: cabc.Sized): return 'sized'
print(sz(Meta()), sz([]), sz(5), sz.dispatch(dict).__name__)

# abc: ABC, ABCMeta, abstractmethod (methods, properties, classmethods),
# instantiation errors, register(), __abstractmethods__, isabstract.
import inspect
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    def describe(self):
        return f'{self.name}: {self.area()} {self.unit()}'


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return 'square'

    @classmethod
    def unit(cls):
        return 'cm2'


class Partial(Shape):
    def area(self):
        return 0


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        print('base run')


class Child(Base):
    def run(self):
        super().run()
        return 'child'


print(Square(3).describe())
for cls in (Shape, Partial, Base):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__), Square.__abstractmethods__)
print(Child().run(), inspect.isabstract(Base), inspect.isabstract(Child))


class Duck:
    def quack(self):
        return 'quack'


Base.register(Duck)
print(isinstance(Duck(), Base), issubclass(Duck, Base), Base in Duck.__mro__)
print(type(Shape) is ABCMeta, isinstance(Shape, ABCMeta), ABC.__subclasshook__(int))

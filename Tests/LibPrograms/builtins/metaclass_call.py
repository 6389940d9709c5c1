# A metaclass's __call__ runs when its classes are called (singletons,
# registries, argument checks), super().__call__ builds the instance, and
# type.__call__ is reachable directly; sys.modules lists imported modules.
import sys
import asyncio


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print('creating', cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Pool(metaclass=Singleton):
    def __init__(self, size=4):
        self.size = size


class Checked(type):
    def __call__(cls, *args):
        if len(args) != 2:
            raise TypeError(f'{cls.__name__} needs 2 arguments, got {len(args)}')
        obj = type.__call__(cls, *args)
        obj.checked = True
        return obj


class Point(metaclass=Checked):
    def __init__(self, x, y):
        self.x, self.y = x, y


async def main():
    a = Pool(8)
    b = Pool()
    print(a is b, a.size, type(Pool).__name__)
    p = Point(1, 2)
    print(p.x, p.y, p.checked, isinstance(p, Point))
    try:
        Point(1)
    except TypeError as e:
        print('TypeError:', e)
    print('asyncio' in sys.modules, sys.modules['sys'] is sys, sys.modules[__name__].main is main)
    try:
        sys.no_such_thing
    except AttributeError as e:
        print('AttributeError:', e)


asyncio.run(main())

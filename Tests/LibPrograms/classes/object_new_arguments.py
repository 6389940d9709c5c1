# object.__new__ refuses extra arguments when the class overrides __new__
# (they were meant for it) or has no __init__; type.__repr__,
# type.__instancecheck__ and type.__subclasscheck__ reached from a metaclass.


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except TypeError as e:
        print(label, 'TypeError', e)


class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls, *args, **kwargs)
        return cls._instance

    def __init__(self, value=None):
        self.value = value


class Careful:
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


class InitOnly:
    def __init__(self, a, b=2):
        self.total = a + b


class Bare:
    pass


attempt('singleton no args', lambda: Singleton().value)
Singleton._instance = None
attempt('singleton args', lambda: Singleton(5))
attempt('singleton kwargs', lambda: Singleton(value=5))
attempt('careful', lambda: Careful(3).x)
attempt('init only', lambda: InitOnly(1).total)
attempt('object.__new__ init only', lambda: type(object.__new__(InitOnly, 1)).__name__)
attempt('bare', lambda: Bare(1))
attempt('object.__new__ bare', lambda: object.__new__(Bare, 1))
attempt('object.__new__ ok', lambda: type(object.__new__(Bare)).__name__)


class Meta(type):
    def __repr__(cls):
        if cls.__name__.startswith('Special'):
            return 'special ' + cls.__name__
        return super().__repr__()

    def __instancecheck__(cls, obj):
        print('  instancecheck', cls.__name__)
        return super().__instancecheck__(obj)

    def __subclasscheck__(cls, sub):
        print('  subclasscheck', cls.__name__)
        return super().__subclasscheck__(sub)


class SpecialBase(metaclass=Meta):
    pass


class Plain(SpecialBase):
    pass


attempt('repr special', lambda: repr(SpecialBase))
attempt('repr plain', lambda: repr(Plain))
attempt('type.__repr__', lambda: type.__repr__(SpecialBase))
attempt('isinstance exact', lambda: isinstance(SpecialBase(), SpecialBase))
attempt('isinstance', lambda: isinstance(Plain(), SpecialBase))
attempt('isinstance no', lambda: isinstance(3, Plain))
attempt('issubclass', lambda: issubclass(Plain, SpecialBase))
attempt('issubclass no', lambda: issubclass(int, SpecialBase))
attempt('type.__instancecheck__', lambda: type.__instancecheck__(int, True))
attempt('type.__subclasscheck__', lambda: type.__subclasscheck__(int, bool))
attempt('bad receiver', lambda: type.__repr__(3))

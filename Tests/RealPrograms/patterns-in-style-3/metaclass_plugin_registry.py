# Source: written for Interleave's corpus in the style of plugin-registry examples (metaclasses, __init_subclass__, class decorators) (not from a public source)
# Adapted: nothing
import asyncio
from abc import ABC, ABCMeta, abstractmethod
from collections import OrderedDict


class RegistryMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return OrderedDict()

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(namespace))
        cls._declared = [k for k in namespace if not k.startswith("__")]
        if bases:
            mcls.registry[name.lower()] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        instance.created_by_meta = True
        return instance

    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"


class Plugin(metaclass=RegistryMeta):
    priority = 0

    async def run(self, payload):
        raise NotImplementedError


class Upper(Plugin):
    priority = 2

    async def run(self, payload):
        await asyncio.sleep(0.01)
        return payload.upper()


class Reverse(Plugin):
    priority = 1

    async def run(self, payload):
        await asyncio.sleep(0.02)
        return payload[::-1]


class Handler:
    handlers = {}

    def __init_subclass__(cls, /, event=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if event is None:
            raise TypeError(f"{cls.__name__} needs an event")
        Handler.handlers.setdefault(event, []).append(cls.__name__)
        cls.event = event


class OnStart(Handler, event="start"):
    pass


class OnStop(Handler, event="stop"):
    pass


class AlsoOnStart(OnStart, event="start"):
    pass


def singleton(cls):
    instances = {}
    orig_new = cls.__new__

    def __new__(klass, *args, **kwargs):
        if klass not in instances:
            instances[klass] = orig_new(klass) if orig_new is object.__new__ else orig_new(klass, *args, **kwargs)
        return instances[klass]

    cls.__new__ = __new__
    return cls


@singleton
class Config:
    def __init__(self, value=0):
        self.value = value


class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def name(self): ...

    def describe(self):
        return f"{self.name()} with area {self.area:.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        return self.side ** 2

    def name(self):
        return "square"


class Broken(Shape):
    def name(self):
        return "broken"


async def main():
    print(sorted(RegistryMeta.registry), RegistryMeta.registry["upper"])
    print(Upper._declared, type(Upper).__name__, type(Plugin.__dict__))
    plugins = sorted((cls() for cls in RegistryMeta.registry.values()), key=lambda p: -p.priority)
    payload = "hello"
    for p in plugins:
        payload = await p.run(payload)
        print(type(p).__name__, payload, p.created_by_meta)
    print(Handler.handlers, AlsoOnStart.event)
    try:
        class Nope(Handler):
            pass
    except TypeError as exc:
        print("TypeError:", exc)
    a, b = Config(1), Config(2)
    print(a is b, a.value)
    print(Square(1.5).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC))
    try:
        Broken()
    except TypeError as exc:
        print("TypeError:", exc)
    print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
    Shape.register(int)
    print(isinstance(3, Shape), type(Shape) is ABCMeta)
    Dynamic = RegistryMeta("Dynamic", (Plugin,), {"priority": 9, "extra": 1})
    print(Dynamic, Dynamic._declared, "dynamic" in RegistryMeta.registry)


asyncio.run(main())

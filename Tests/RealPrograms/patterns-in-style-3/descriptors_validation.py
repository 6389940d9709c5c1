# Source: written for Interleave's corpus in the style of descriptor tutorials (validated fields, __set_name__) (not from a public source)
# Adapted: nothing
import asyncio
from abc import ABC, abstractmethod
from functools import cached_property


class Validator(ABC):
    def __set_name__(self, owner, name):
        self.public_name = name
        self.private_name = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private_name)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private_name, value)

    @abstractmethod
    def validate(self, value):
        ...

    def __repr__(self):
        return f"<{type(self).__name__} {self.public_name}>"


class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"Expected {value!r} to be one of {sorted(self.options)!r}")


class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"Expected {value!r} to be an int or float")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"Expected {value!r} to be at least {self.minvalue!r}")
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f"Expected {value!r} to be no more than {self.maxvalue!r}")


class String(Validator):
    def __init__(self, minsize=None, predicate=None):
        self.minsize = minsize
        self.predicate = predicate

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"Expected {value!r} to be an str")
        if self.minsize is not None and len(value) < self.minsize:
            raise ValueError(f"Expected {value!r} to be no smaller than {self.minsize!r}")
        if self.predicate is not None and not self.predicate(value):
            raise ValueError(f"Expected {self.predicate} to be true for {value!r}")


class Component:
    name = String(minsize=3, predicate=str.isupper)
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minvalue=0)

    def __init__(self, name, kind, quantity):
        self.name = name
        self.kind = kind
        self.quantity = quantity

    @cached_property
    def label(self):
        print(f"  (computing label for {self.name})")
        return f"{self.name}/{self.kind}/{self.quantity}"


class Temperature:
    def __init__(self, celsius=0.0):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("  resetting")
        self._celsius = 0.0

    fahrenheit = property(lambda self: self._celsius * 9 / 5 + 32, doc="Degrees F")


async def build(spec, delay):
    await asyncio.sleep(delay)
    return Component(*spec)


async def main():
    specs = [("WIDGET", "metal", 5), ("Gear", "metal", 1), ("BOLT", "stone", 3), ("NUT", "wood", -1), ("PIN", "plastic", "2")]
    results = await asyncio.gather(*(build(s, i * 0.01) for i, s in enumerate(specs)), return_exceptions=True)
    for spec, r in zip(specs, results):
        if isinstance(r, Exception):
            print(f"{spec[0]:>6}: {type(r).__name__}: {r}")
        else:
            print(f"{spec[0]:>6}: ok {r.label} {r.label}")
    print(Component._fields, Component.name, Component.__dict__["kind"])
    print(vars(results[0]))
    try:
        Validator()
    except TypeError as exc:
        print(exc)
    t = Temperature(20)
    print(t.celsius, t.fahrenheit, Temperature.fahrenheit.__doc__)
    t.celsius = 100
    print(t.fahrenheit)
    del t.celsius
    print(t.celsius)
    try:
        t.celsius = -300
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        t.fahrenheit = 3
    except AttributeError as exc:
        print("AttributeError:", exc)
    print(type(Temperature.celsius).__name__, Temperature.celsius.fset.__name__)


asyncio.run(main())

# abstractmethod under property/classmethod/staticmethod: the descriptors
# report __isabstractmethod__ and ABCs collect them.
import abc


class Store(abc.ABC):
    @property
    @abc.abstractmethod
    def size(self) -> int: ...

    @classmethod
    @abc.abstractmethod
    def create(cls): ...

    @staticmethod
    @abc.abstractmethod
    def version(): ...

    @abc.abstractmethod
    async def get(self, key): ...

    @property
    def concrete(self):
        return 1


print(Store.size.__isabstractmethod__, Store.__dict__["create"].__isabstractmethod__,
      Store.__dict__["version"].__isabstractmethod__, Store.get.__isabstractmethod__,
      Store.concrete.__isabstractmethod__)
print(sorted(Store.__abstractmethods__))
try:
    Store()
except TypeError as e:
    print(e)


class Mem(Store):
    size = 3

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return "1.0"

    async def get(self, key):
        return key


print(Mem.create().size, Mem.version(), sorted(Mem.__abstractmethods__))
p = property(lambda self: 1)
print(p.__isabstractmethod__, p.fdel, property().fget)


class Half(Store):
    size = 4


try:
    Half()
except TypeError as e:
    print(e)

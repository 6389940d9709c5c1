# A method made abstract after class creation counts once
# update_abstractmethods() recomputes the set; implementing it again frees it.
import abc


class Service(abc.ABC):
    def start(self):
        return 'started'


print(type(Service()).__name__)
Service.start = abc.abstractmethod(Service.start)
print(Service().start(), sorted(Service.__abstractmethods__))
abc.update_abstractmethods(Service)
print(sorted(Service.__abstractmethods__))
try:
    Service()
except TypeError as e:
    print('TypeError:', e)


class Impl(Service):
    def start(self):
        return 'impl'


print(Impl().start())
Service.start = lambda self: 'concrete again'
abc.update_abstractmethods(Service)
print(sorted(Service.__abstractmethods__), Service().start())


class Plain:
    def f(self):
        pass


print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))

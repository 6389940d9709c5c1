# Introspection details programs print: dir() of instances and classes
# (object's methods, __dict__/__weakref__/__doc__), a class's __class__,
# hash(''), sys.platform, time.struct_time's module, and the state of a
# never-started asyncio.sleep() coroutine.
import asyncio
import inspect
import sys
import time


class Plain:
    pass


class Child(Plain):
    def method(self):
        pass


class Slotted:
    __slots__ = ('a', 'b')


class Err(Exception):
    pass


class MyDict(dict):
    pass


class Count(int):
    pass


for obj in [Plain(), Child(), Slotted(), Err(), MyDict(), Count(3), object()]:
    print(type(obj).__name__, [n for n in dir(obj) if n.startswith('__') and n in
                                ('__dict__', '__weakref__', '__doc__', '__module__', '__lt__',
                                 '__sizeof__', '__reduce__', '__getstate__', '__subclasshook__')])
print(dir(Plain()))
print([n for n in dir(Child) if not n.startswith('__')], '__dict__' in dir(Child))
print(Plain.__class__, Child().__class__.__class__, type.__class__, int.__class__)
print(hash(''), hash(b''), hash(()) == hash(()))
print(sys.platform, sys.platform.startswith('linux'))
print(time.struct_time, time.localtime().__class__.__module__)


async def main():
    coro = asyncio.sleep(0)
    print(inspect.getcoroutinestate(coro))
    await coro
    print(inspect.getcoroutinestate(coro))
    never = asyncio.sleep(1)
    never.close()
    print(inspect.getcoroutinestate(never))


asyncio.run(main())

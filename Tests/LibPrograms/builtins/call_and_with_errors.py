# CPython's wording for call and with errors: the callee named with its
# module, "(missed __exit__ method)", ImportError.name the module.
import asyncio


class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *a):
        pass


class OnlyAenter:
    async def __aenter__(self):
        return self


for make in (OnlyEnter, OnlyExit, object):
    try:
        with make():
            pass
    except TypeError as e:
        print(e)


async def main():
    try:
        async with OnlyAenter():
            pass
    except TypeError as e:
        print(e)

asyncio.run(main())


def h():
    pass


class K:
    def m(self):
        pass


for call in (lambda: h(*1), lambda: print(*1), lambda: h(**1), lambda: K().m(*None), lambda: K(**[])):
    try:
        call()
    except TypeError as e:
        print(e)


def k(x):
    pass


try:
    k(1, **{"x": 2})
except TypeError as e:
    print(e)
try:
    from os import nothing_here
except ImportError as e:
    print(e.name)
print([*range(3)], (*"ab",))
try:
    [*5]
except TypeError as e:
    print(e)

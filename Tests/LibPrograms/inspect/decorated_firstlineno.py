# A decorated function's or class's first line is its first decorator's
# (co_firstlineno), which task reprs and inspect.getsource report.
import asyncio
import functools
import inspect


def deco(f):
    return f


def wrapping(f):
    @functools.wraps(f)
    async def inner(*a):
        return await f(*a)
    return inner


@deco
@deco
async def work(n):
    await asyncio.sleep(n)
    return n


def tagged(label):
    return deco


@tagged(
    "multi-line")
def plain():
    return 1


@deco
class Box:
    @staticmethod
    @deco
    def make():
        return Box()


print(work.__code__.co_firstlineno, plain.__code__.co_firstlineno,
      Box.make.__code__.co_firstlineno)
print(inspect.getsource(plain))
print(inspect.getsource(Box.make))


async def main():
    t = asyncio.create_task(work(1))
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[1].split(" at ")[0], repr(t).rsplit(":", 1)[1])
    await t
    print(repr(t).split(" coro=")[1])


asyncio.run(main())

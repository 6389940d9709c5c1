# inspect: is* predicates over many kinds of objects, generator and
# coroutine states, unwrap, getdoc/cleandoc.
import asyncio
import functools
import inspect
import types


def plain():
    pass


def gen_fn():
    yield 1


async def coro_fn():
    return 1


async def agen_fn():
    yield 1


@types.coroutine
def old_style():
    yield


class Thing:
    def method(self):
        pass

    async def amethod(self):
        pass

    def __await__(self):
        return iter([])


coro = coro_fn()
gen = gen_fn()
agen = agen_fn()
objects = [('plain', plain), ('gen_fn', gen_fn), ('coro_fn', coro_fn), ('agen_fn', agen_fn),
           ('old_style', old_style), ('method', Thing().method), ('amethod', Thing().amethod),
           ('partial', functools.partial(coro_fn)), ('lambda', lambda: 0), ('len', len),
           ('class', Thing), ('instance', Thing()), ('coro', coro), ('gen', gen),
           ('agen', agen), ('old gen', old_style()), ('module', inspect), ('int', 3)]
predicates = [inspect.isfunction, inspect.ismethod, inspect.isclass, inspect.ismodule,
              inspect.isbuiltin, inspect.isroutine, inspect.isgeneratorfunction,
              inspect.iscoroutinefunction, inspect.isasyncgenfunction, inspect.isgenerator,
              inspect.iscoroutine, inspect.isasyncgen, inspect.isawaitable]
print(' '.join(p.__name__[2:] for p in predicates))
for name, obj in objects:
    print(f'{name:10}', ''.join('T' if p(obj) else '.' for p in predicates))
coro.close()


def states():
    yield inspect.getgeneratorstate(g)
    yield 'second'


g = states()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g))
print(list(g), inspect.getgeneratorstate(g))
g2 = states()
g2.close()
print(inspect.getgeneratorstate(g2), inspect.GEN_CREATED, inspect.CORO_SUSPENDED)


async def sleeper():
    print('inside', inspect.getcoroutinestate(current))
    await asyncio.sleep(1)
    return 'slept'


async def main():
    global current
    current = sleeper()
    print(inspect.getcoroutinestate(current))
    task = asyncio.ensure_future(current)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(current))
    print(await task, inspect.getcoroutinestate(current))

asyncio.run(main())


def deco(fn):
    @functools.wraps(fn)
    def wrapper():
        return fn()
    return wrapper


@deco
@deco
def documented():
    """
        Indented doc.

          More indented.
    """


print(inspect.unwrap(documented) is documented.__wrapped__.__wrapped__, inspect.unwrap(plain) is plain)
print(repr(inspect.getdoc(documented)), inspect.getdoc(plain), repr(inspect.cleandoc('  a\n    b\n  c\n')))
print(inspect.CO_COROUTINE, inspect.CO_GENERATOR, inspect.CO_ITERABLE_COROUTINE, inspect.CO_ASYNC_GENERATOR)

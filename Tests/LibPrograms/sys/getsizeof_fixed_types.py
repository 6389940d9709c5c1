# sys.getsizeof of fixed-size objects, as CPython 3.11 on 64-bit reports
# them: singletons, iterators and views, descriptors, exceptions by their
# nearest builtin class (a class defined in Python adds its weakref slot).
import asyncio
import sys


class AppError(Exception):
    pass


class MissingField(AttributeError):
    pass


async def main():
    await asyncio.sleep(0)
    # (functools, itertools, operator and types objects are sized too, but
    # scripts/lib-harness.py replaces those modules with our pure-Python ones)
    samples = [..., NotImplemented, property(), enumerate([]), zip(), zip([1], 'a'), iter({}),
               iter({}.items()), iter(set()), {}.keys(), {}.values(), {}.items(), memoryview(b'ab')]
    for obj in samples:
        print(type(obj).__name__, sys.getsizeof(obj))
    errors = [Exception(), ValueError('v'), StopIteration(1), SystemExit(2), NameError('n'),
              AttributeError('a'), ImportError('i'), OSError(2, 'no'), ConnectionResetError(),
              TimeoutError(), SyntaxError('s'), ExceptionGroup('g', [ValueError()]),
              asyncio.CancelledError(), AppError('x'), MissingField('m')]
    for e in errors:
        print(type(e).__name__, sys.getsizeof(e))


asyncio.run(main())

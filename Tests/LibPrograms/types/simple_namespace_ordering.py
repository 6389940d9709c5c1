# Ordering two SimpleNamespaces compares their __dict__s, as CPython does:
# sorting, max() and < raise naming 'dict'; == and != compare contents.
import asyncio
from types import SimpleNamespace


async def report(name, delay):
    await asyncio.sleep(delay)
    return SimpleNamespace(name=name, delay=delay)


async def main():
    a, b = await asyncio.gather(report('a', 0.2), report('b', 0.1))
    print(a == SimpleNamespace(name='a', delay=0.2), a != b, a == 1, a != 1)
    for label, fn in (('lt', lambda: a < b), ('ge', lambda: a >= b), ('max', lambda: max(a, b)),
                      ('sorted', lambda: sorted([a, b]))):
        try:
            print(label, fn())
        except TypeError as e:
            print(label, type(e).__name__, e)

    class Ranked(SimpleNamespace):
        def __lt__(self, other):
            return self.rank < other.rank
    print([r.rank for r in sorted([Ranked(rank=3), Ranked(rank=1), Ranked(rank=2)])])


asyncio.run(main())

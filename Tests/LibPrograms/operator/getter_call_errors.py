# Calling attrgetter/itemgetter/methodcaller with the wrong number of operands
# or with keywords: the C getters' own messages, from asyncio tasks.
import asyncio
from operator import attrgetter, itemgetter, methodcaller


class Box:
    def __init__(self, size):
        self.size = size

    def grow(self, by=1):
        return Box(self.size + by)


async def check(label, call, delay):
    await asyncio.sleep(delay)
    try:
        return label, call()
    except TypeError as e:
        return label, f'{type(e).__name__}: {e}'


async def main():
    size, first, grow = attrgetter('size'), itemgetter(0), methodcaller('grow', by=2)
    calls = [
        ('attr none', lambda: size()),
        ('attr two', lambda: size(Box(1), Box(2))),
        ('attr kw', lambda: size(obj=Box(1))),
        ('item none', lambda: first()),
        ('item three', lambda: first([1], [2], [3])),
        ('item kw', lambda: first(obj=[1])),
        ('method none', lambda: grow()),
        ('method two', lambda: grow(Box(1), Box(2))),
        ('method kw', lambda: grow(obj=Box(1))),
        ('ok', lambda: (size(Box(4)), first('xy'), grow(Box(1)).size)),
    ]
    results = await asyncio.gather(*(check(l, c, i / 10) for i, (l, c) in enumerate(calls)))
    for label, outcome in results:
        print(f'{label:12} {outcome}')
    print(sorted([Box(3), Box(1)], key=size)[0].size, list(map(first, ['ab', 'cd'])))


asyncio.run(main())

# `|=` on OrderedDict and defaultdict takes what update() takes: a mapping or
# an iterable of key/value pairs (dict's in-place or), unlike `|`.
import asyncio
from collections import OrderedDict, defaultdict


async def feed(target, pairs, delay):
    await asyncio.sleep(delay)
    target |= pairs
    return len(target)


async def main():
    od = OrderedDict(a=1)
    dd = defaultdict(list, {'x': [0]})
    print(await asyncio.gather(feed(od, [('b', 2), ('a', 9)], 0.2), feed(od, {'c': 3}, 0.1),
                               feed(dd, (('y', [1]),), 0.1), feed(dd, dd.copy(), 0.3)))
    print(od, dd)
    same = od
    od |= iter([('z', 26)])
    print(same is od, list(od))
    for bad in (5, None):
        try:
            od |= bad
        except TypeError as e:
            print(type(e).__name__, e)
    print(od | {'q': 1}, dd | {'q': [1]})
    print(od, dict(dd))


asyncio.run(main())

# Slices compare as (start, stop, step) tuples: equality by value, ordering
# when the fields are comparable, NotImplemented against other types; in
# 3.11 they are unhashable.
import asyncio


async def window(seq, sl):
    await asyncio.sleep(0)
    return sl, seq[sl]


async def main():
    data = list(range(10))
    parts = await asyncio.gather(window(data, slice(0, 3)), window(data, slice(2, 8, 2)), window(data, slice(0, 3)))
    print(parts)
    a, b, c = (p[0] for p in parts)
    print(a == c, a is c, a != b, a < b, b > a, a <= c, a >= c, max(a, b), sorted([b, a, c]))
    print(slice(1) == slice(None, 1), slice(1, 2) == (1, 2), slice(1, 2) != [1, 2], a in [slice(0, 3)], [a, b].index(slice(2, 8, 2)))
    for label, fn in [('None < int', lambda: slice(None, 3) < slice(1, 3)), ('slice < int', lambda: slice(1) < 3),
                      ('str vs int', lambda: slice('a') > slice(1)), ('hash', lambda: hash(slice(1))),
                      ('dict key', lambda: {slice(1): 'x'})]:
        try:
            print(label, fn())
        except TypeError as e:
            print(label, 'TypeError:', e)


asyncio.run(main())

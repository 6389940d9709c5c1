import asyncio
import copy
import pickle

def gen():
    yield 1
    yield 2

cases = {
    'list': lambda: iter([1, 2, 3]),
    'tuple': lambda: iter((1, 2, 3)),
    'str': lambda: iter('abc'),
    'str (non-ASCII)': lambda: iter('añb'),
    'range': lambda: iter(range(10, 20, 4)),
    'generator': gen,
}
for name, make in cases.items():
    for fn in (copy.copy, copy.deepcopy):
        it = make()
        next(it)
        try:
            c = fn(it)
            print(name, fn.__name__, type(c).__name__, list(c), list(it))
        except TypeError as e:
            print(name, fn.__name__, 'TypeError', e)

it = iter([1, 2, 3])
next(it)
print(it.__reduce__())
print(list(pickle.loads(pickle.dumps(it))), list(it))
it = iter([1])
next(it)
print(it.__reduce__())
print(next(it, 'end'), it.__reduce__())
it = iter('xyz')
next(it)
print(it.__reduce__())
t = iter((5, 6))
t.__setstate__(1)
print(list(t))
l = iter([1, 2, 3])
l.__setstate__(-5)
print(next(l))
l.__setstate__(10)
print(list(l))
s = iter('hello')
s.__setstate__(3)
print(list(s))

class Batch:
    def __init__(self, items):
        self.items = list(items)
        self.cursor = iter(self.items)

async def main():
    b = Batch('abcd')
    next(b.cursor)
    b2 = copy.deepcopy(b)
    print(next(b2.cursor), next(b.cursor), b2.items is b.items, b2.items == b.items)
    b2.items.append('e')
    print(list(b2.cursor), list(b.cursor))

asyncio.run(main())

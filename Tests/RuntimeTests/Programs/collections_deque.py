# collections.deque: ends, maxlen, rotation, search, mutation checks,
# operators, subclassing, and a deque-backed asyncio.Queue.
import asyncio
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque()
for i in range(20):
    d.append(i)
    d.appendleft(-i)
    if len(d) > 6:
        d.pop()
        d.popleft()
print(d, len(d), bool(d), bool(deque()))
print(d[0], d[-1], d[2], 3 in d, 99 in d)
d[0] = 'first'
del d[1]
print(d)

b = deque('abcdef', maxlen=4)
print(b, b.maxlen)
b.append('g')
b.appendleft('z')
b.extend('xy')
b.extendleft('12')
print(b)
b.insert(1, 'q') if len(b) < 4 else print('full')
attempt('insert full', lambda: b.insert(1, 'q'))
zero = deque([1, 2, 3], maxlen=0)
zero.append(4)
zero.extend(range(5))
print(zero)

r = deque(range(7))
r.rotate(3)
print(r)
r.rotate(-5)
print(r)
r.rotate(15)
print(r)
r.rotate()
print(r)
r.reverse()
print(r, list(reversed(r)))

s = deque([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])
print(s.count(5), s.index(5), s.index(5, 5), s.index(5, -3), s.index(1, 2, 4))
attempt('index missing', lambda: s.index(7))
attempt('index range', lambda: s.index(9, 0, 3))
s.remove(1)
print(s)
attempt('remove missing', lambda: s.remove(42))
s.insert(0, 'head')
s.insert(-1, 'beforelast')
s.insert(100, 'tail')
print(s)

for what in ('append', 'popleft', 'rotate', 'clear', 'setitem', 'reverse', 'extend-empty'):
    m = deque([1, 2, 3])
    it = iter(m)
    next(it)
    if what == 'append':
        m.append(4)
    elif what == 'popleft':
        m.popleft()
    elif what == 'rotate':
        m.rotate(0)
    elif what == 'clear':
        m.clear()
    elif what == 'setitem':
        m[1] = 20
    elif what == 'reverse':
        m.reverse()
    else:
        m.extend([])
    attempt(what, lambda: list(it))

print(deque([1, 2]) + deque([3]), deque('ab') * 2, 2 * deque('ab'), deque([1]) * -1)
m = deque([1, 2])
m += [3, 4]
m *= 2
print(m)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 2, 0]),
      deque([2]) > deque([1, 5]), deque([1, 2]) <= deque([1, 2]), deque([1, 3]) >= deque([1, 2, 3]))
attempt('concat list', lambda: deque([1]) + [2])
attempt('mul float', lambda: deque([1]) * 1.5)
attempt('hash', lambda: hash(deque()))
attempt('empty pop', lambda: deque().pop())
attempt('empty popleft', lambda: deque().popleft())
attempt('index type', lambda: deque([1])['0'])
attempt('index range', lambda: deque([1])[1])
attempt('maxlen type', lambda: deque([], 'x'))
attempt('maxlen negative', lambda: deque([], -2))
attempt('not iterable', lambda: deque(5))
attempt('maxlen attr', lambda: deque([], 3).maxlen)

nested = deque([1, 2])
nested.append(nested)
print(nested, deque([nested], maxlen=1))
c = deque([1, [2]], maxlen=9)
cc = c.copy()
cc[1].append(3)
cc.append(4)
print(c, cc, c.__copy__() == c)


class Bounded(deque):
    def __init__(self, items=(), tag='b'):
        super().__init__(items, 3)
        self.tag = tag

    def append(self, x):
        super().append(x * 2)


bd = Bounded([1, 2, 3, 4])
bd.append(5)
print(bd, bd.tag, isinstance(bd, deque), type(bd + bd).__name__, len(bd))


class Plain(deque):
    pass


p = Plain('xy')
print(p, p.copy(), type(p.copy()).__name__, p == deque('xy'), Plain([1], 2))


async def main():
    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    got = [q.get_nowait() for _ in range(3)]
    print(got, q.qsize(), q.empty())

asyncio.run(main())

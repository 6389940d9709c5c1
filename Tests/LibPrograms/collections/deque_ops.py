# deque: both ends, maxlen, rotate, indexing, mutation errors, repr.
from collections import deque


def attempt(label, make):
    try:
        value = make()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, value)


d = deque('bcd')
d.append('e')
d.appendleft('a')
print(d, len(d), d[0], d[-1], d[2], 'c' in d, 'z' in d)
d.extend('fg')
d.extendleft('10')
print(d, d.pop(), d.popleft(), d)
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(len(d) * 3 + 1)
print(d, d.index('c'), d.index('c', 2), d.count('c'))
d[1] = 'X'
del d[0]
d.insert(2, 'ins')
d.remove('e')
print(d, list(reversed(d)))
d.reverse()
print(d)
print(deque(), deque([]), deque(range(3), maxlen=5), deque(maxlen=0), repr(deque('ab', 2)))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(bounded)
bounded.appendleft(-1)
print(bounded, bounded.maxlen)
bounded.extendleft([10, 11])
print(bounded)
zero = deque(maxlen=0)
zero.append(1)
print(zero, len(zero))
e = deque([1, 2])
e.extend(e)
print(e, e == deque([1, 2, 1, 2]), e != deque([1]), deque([1, 2]) < deque([1, 3]), e == [1, 2, 1, 2])
print(e + deque([9]), e * 2, deque('ab') * 0, bool(deque()), bool(e))
c = e.copy()
c.clear()
print(c, e)
nested = deque()
nested.append(nested)
print(nested)

attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index range', lambda: deque([1])[5])
attempt('index type', lambda: deque([1])['a'])
attempt('remove missing', lambda: deque([1]).remove(2))
attempt('index missing', lambda: deque([1, 2]).index(3))
attempt('insert full', lambda: deque([1], maxlen=1).insert(0, 2))
attempt('negative maxlen', lambda: deque([], -1))
try:
    hash(deque())
except TypeError:
    print('deque is unhashable')  # CPython's message says 'collections.deque'


def mutate_while_iterating():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)


attempt('mutate', mutate_while_iterating)
big = deque()
for i in range(10000):
    big.append(i)
    big.appendleft(-i)
while len(big) > 2:
    big.pop()
    big.popleft()
print(big, big[0], big[1])

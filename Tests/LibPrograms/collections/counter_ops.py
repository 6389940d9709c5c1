# Counter: counting, most_common order, arithmetic, update/subtract, repr.
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(c['a'], c['zz'], 'zz' in c, len(c), c.total(), sorted(c.elements()))
c.update('zzz')
c.update({'a': -5, 'q': 2})
c.update(x=4)
print(c)
c.subtract('aaz')
c.subtract({'q': 5})
print(c, +c, -c)
d = Counter(a=3, b=1, c=0)
e = Counter(a=1, b=2, d=4)
print(d + e, d - e, e - d, d | e, d & e)
d += e
print(d)
d -= Counter(a=10)
print(d)
d |= Counter(x=1)
d &= Counter(b=1, x=5)
print(d)
print(Counter(), repr(Counter()), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=0) == Counter())
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=1, b=1) >= Counter(a=1))
del c['a']
del c['missing']
print(c, dict(Counter('hello')), list(Counter('hello').keys()))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3), Counter({'x': 1.5, 'y': -1}))
mixed = Counter({'a': 'x', 'b': 'y'})
print(isinstance(c, dict), c.copy() == c, type(c.copy()).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as exc:
    print('NotImplementedError', exc)

# collections.abc: structural checks, registration of builtins, user
# subclasses with mixin methods, register(), Class[...] aliases.
from collections.abc import (Awaitable, Coroutine, Generator, AsyncGenerator, Iterable,
                             Iterator, Sequence, MutableSequence, Mapping, MutableMapping,
                             Set, MutableSet, Hashable, Sized, Container, Callable,
                             Collection, Reversible, AsyncIterable, AsyncIterator)
from collections import deque, Counter, OrderedDict, defaultdict


class Manual:
    def __await__(self):
        return iter([])

    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        raise typ

    def close(self):
        pass


class Ticker:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


async def co():
    pass


def gen():
    yield 1


async def ag():
    yield 1


abcs = (Awaitable, Coroutine, Generator, AsyncGenerator, Iterable, Iterator, Sequence,
        MutableSequence, Mapping, MutableMapping, Set, MutableSet, Hashable, Sized,
        Container, Callable, Collection, Reversible, AsyncIterable, AsyncIterator)
print(' '.join(a.__name__[:5] for a in abcs))
c = co()
for obj in [c, gen(), ag(), Manual(), Ticker(), [], (), {}, set(), frozenset(), 'x', b'x', 3, 2.5,
            None, len, lambda: 0, iter([]), range(3), {}.keys(), {}.items(), {}.values(),
            deque(), Counter(), OrderedDict(), defaultdict(list), Manual, map(str, [])]:
    print(f'{type(obj).__name__:16}', ''.join('T' if isinstance(obj, a) else '.' for a in abcs))
c.close()
print(issubclass(Manual, Coroutine), issubclass(Manual, Generator), issubclass(list, Sequence),
      issubclass(dict, Mapping), issubclass(bool, Hashable), issubclass(Sequence, Iterable))


class MyMap(Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __len__(self):
        return len(self.d)

    def __iter__(self):
        return iter(self.d)


m = MyMap({'a': 1, 'b': 2})
print(isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance(m, MyMap), isinstance({}, MyMap))
print(m.get('a'), m.get('z', 0), 'a' in m, 'z' in m, list(m.keys()), list(m.items()), list(m.values()))
print(m == {'a': 1, 'b': 2}, m == MyMap({'a': 1}), m.keys() & {'a', 'q'}, sorted(m.keys() | {'c'}), ('a', 1) in m.items(), 2 in m.values())
print(len(m.keys()), dict(m), sorted(m))


class Store(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)


s = Store()
s.update({'x': 1}, y=2)
s.update([('z', 3)])
print(s.setdefault('x', 9), s.setdefault('w', 4), s.pop('y'), s.pop('nope', '-'), s.popitem(), dict(s))
s.clear()
print(len(s))
try:
    s.pop('gone')
except KeyError as e:
    print('KeyError', e)


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, list(reversed(sq)), sq.index(16), sq.count(4), isinstance(sq, Reversible))
try:
    sq.index(7)
except ValueError:
    print('ValueError from index')


class Bag(MutableSequence):
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def insert(self, i, v):
        self.items.insert(i, v)


b = Bag()
b.append(1)
b.extend([2, 3, 4])
b += [5]
b.reverse()
print(b.items, b.pop(), b.pop(0), b.items)
b.remove(3)
print(b.items)


class Letters(Set):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)


a, z = Letters('abc'), Letters('bcd')
print(list(a & z), list(a | z), list(a - z), list(a ^ z), a <= Letters('abcd'), a < a, a == Letters('cba'), a.isdisjoint('xyz'))


class Hooked:
    pass


Sequence.register(Hooked)
print(isinstance(Hooked(), Sequence), isinstance(Hooked(), Iterable), issubclass(Hooked, Collection))


class Unhashable:
    def __eq__(self, other):
        return True


print(isinstance(Unhashable(), Hashable), isinstance(object(), Hashable))
print(Iterable[int], Callable[[int], str], Mapping[str, int], Coroutine.__module__, Mapping.__name__)
try:
    issubclass(3, Iterable)
except TypeError as e:
    print('TypeError', e)

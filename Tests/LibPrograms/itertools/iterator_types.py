# itertools' iterators are classes: type(), isinstance(), subclassing,
# chain.from_iterable, reprs of count/repeat, and laziness.
import itertools
from itertools import chain, count, repeat, islice, groupby

makers = {
    'count': lambda: count(5),
    'cycle': lambda: itertools.cycle('ab'),
    'repeat': lambda: repeat('a', 3),
    'accumulate': lambda: itertools.accumulate([1, 2, 3]),
    'chain': lambda: chain('ab', 'cd'),
    'compress': lambda: itertools.compress('abc', [1, 0, 1]),
    'dropwhile': lambda: itertools.dropwhile(lambda x: x < 2, [1, 2, 3]),
    'takewhile': lambda: itertools.takewhile(lambda x: x < 2, [1, 2, 3]),
    'filterfalse': lambda: itertools.filterfalse(None, [0, 1, 0, 2]),
    'groupby': lambda: groupby('aabbc'),
    'islice': lambda: islice(range(10), 2, 8, 3),
    'pairwise': lambda: itertools.pairwise('abcd'),
    'starmap': lambda: itertools.starmap(pow, [(2, 3), (3, 2)]),
    'zip_longest': lambda: itertools.zip_longest('ab', 'c', fillvalue='-'),
    'product': lambda: itertools.product('ab', repeat=2),
    'permutations': lambda: itertools.permutations('abc', 2),
    'combinations': lambda: itertools.combinations('abc', 2),
    'combinations_with_replacement': lambda: itertools.combinations_with_replacement('ab', 2),
}
for name, make in makers.items():
    it = make()
    cls = getattr(itertools, name)
    first = [v if name != 'groupby' else (v[0], type(v[1]).__name__) for v in islice(it, 5)]
    print(name, type(it), type(it) is cls, isinstance(it, cls), iter(it) is it, first)

print(count(5), count(2.5, 0.5), count(3, 2), repeat('a', 3), repeat(None))
c = count(10)
next(c)
print(c)
print(list(chain.from_iterable(['ab', [1, 2], range(2)])))
print(type(chain.from_iterable([])))
print(isinstance(chain(), chain), isinstance(iter([]), chain))
for key, group in groupby('aaabbc'):
    print(key, type(group).__name__, list(group))
print(type(itertools.tee([1, 2])[0]).__name__)
print(type(count).__name__, type(chain).__name__)


class Numbered(chain):
    """A chain subclass, as some programs write."""

    def __new__(cls, *iterables):
        return super().__new__(cls, *iterables)


n = Numbered([1], [2, 3])
print(type(n).__name__, isinstance(n, chain), list(n))


def noisy():
    for i in range(3):
        print('produce', i)
        yield i


lazy = chain(noisy(), 'x')
print('made chain')
print(next(lazy))
print(list(lazy))
try:
    chain(1, 2).__next__()
except TypeError as e:
    print('TypeError:', e)
try:
    next(islice([], -1))
except ValueError as e:
    print('ValueError:', e)

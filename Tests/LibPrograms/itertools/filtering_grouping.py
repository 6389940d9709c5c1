# accumulate, chain, compress, dropwhile, takewhile, filterfalse, groupby,
# pairwise, starmap, tee, zip_longest.
import itertools as it


def attempt(label, make):
    try:
        value = make()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, value)


print(list(it.accumulate([])), list(it.accumulate([], initial=5)), list(it.accumulate([1, 2, 3], initial=None)))
print(list(it.accumulate('abc')), list(it.accumulate([2, 3, 4], lambda a, b: a * b)))
print(list(it.accumulate([5, 1, 7, 2], min)), list(it.accumulate(range(5), initial=100)))
print(list(it.chain()), list(it.chain('ab', [], (1,), {'k': 2})), list(it.chain.from_iterable(['xy', range(2)])))
lazy = it.chain.from_iterable(it.repeat([1, 2]))
print(list(it.islice(lazy, 5)))
print(list(it.compress('abcdef', [1, 0, 1])), list(it.compress(range(10), it.cycle([0, 1]))))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(bool, [])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(bool, [0, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a', None, []])), list(it.filterfalse(lambda x: x > 2, range(5))))

print([(k, list(g)) for k, g in it.groupby([])])
print([(k, list(g)) for k, g in it.groupby('aabbbcaa')])
print([(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
print([(k, ''.join(g)) for k, g in it.groupby(sorted('mississippi'))])
groups = list(it.groupby('aaabbc'))
print([(k, list(g)) for k, g in groups])
outer = it.groupby('xxyyz')
k1, g1 = next(outer)
print(k1, next(g1))
k2, g2 = next(outer)
print(k2, list(g1), list(g2), [k for k, _ in outer])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print({k: len(list(g)) for k, g in it.groupby(words, key=lambda w: w[0])})

print(list(it.pairwise('')), list(it.pairwise('a')), list(it.pairwise('abcd')))
print(list(it.starmap(max, [(1, 5), (7, 2), (3, 3)])), list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))

a, b = it.tee(iter(range(5)))
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = it.tee('abc', 3)
print(list(x), list(y), list(z), it.tee([1], 0), len(it.tee([1])))
first, = it.tee(range(3), 1)
print(list(first))
p, q = it.tee(range(3))
r, s = it.tee(p)
print(list(q), list(r), list(s))

print(list(it.zip_longest()), list(it.zip_longest('ab')), list(it.zip_longest('abc', 'x', [1, 2])))
print(list(it.zip_longest([1, 2], [3], fillvalue=0)), list(it.zip_longest([], [])))

attempt('zip_longest int', lambda: it.zip_longest([1], 2))
attempt('starmap int', lambda: it.starmap(len, 5))
attempt('pairwise int', lambda: it.pairwise(5))
attempt('groupby int', lambda: it.groupby(5))
attempt('tee neg', lambda: it.tee([1], -1))
attempt('accumulate int', lambda: it.accumulate(5))
attempt('chain lazy error', lambda: list(it.chain([1], 5)))

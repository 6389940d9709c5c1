import itertools as it, operator
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.batched(range(5), 2)) if hasattr(it, 'batched') else 'nobatched')
print(list(it.pairwise('abcd')), list(it.zip_longest('ab', 'xyz', fillvalue='-')))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')], [(k, len(list(g))) for k, g in it.groupby([1, 2, 3, 4, 5], key=lambda x: x % 2)])
print(list(it.islice(it.count(10, 2.5), 3)), list(it.islice('abcdefg', 1, None, 2)), list(it.islice(it.cycle('ab'), 5)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.product('ab', repeat=2)), list(it.permutations(range(3), 2)), list(it.combinations('abcd', 3)), list(it.combinations_with_replacement('ab', 2)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.chain.from_iterable(['ab', 'cd'])), list(it.repeat('x', 3)))
print(repr(it.count(5)), repr(it.count(1.5, 0.5)), repr(it.repeat(1, 2)), repr(it.repeat('a')))
c = it.count(); next(c); print(c)
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
print(list(grouper('ABCDEFG', 3, 'x')))
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for n in nexts:
                yield n()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
print(list(roundrobin('ABC', 'D', 'EF')))
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s)+1))
print(list(powerset([1, 2, 3])))
def unique_everseen(iterable, key=None):
    seen = set()
    for e in iterable:
        k = e if key is None else key(e)
        if k not in seen:
            seen.add(k); yield e
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
def sliding(iterable, n):
    import collections
    itr = iter(iterable)
    window = collections.deque(it.islice(itr, n - 1), maxlen=n)
    for x in itr:
        window.append(x)
        yield tuple(window)
print(list(sliding('ABCDEFG', 4)))
for bad in (lambda: it.islice('a', -1), lambda: it.repeat(), lambda: list(it.permutations('ab', -1)), lambda: list(it.chain(1)), lambda: it.combinations('a'), lambda: next(it.tee([1], 0)[0])):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
g = it.groupby([1, 1, 2])
k, grp = next(g); next(g); print(k, list(grp))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate('abc')))
print(list(zip(it.count(), 'ab')), list(map(operator.itemgetter(1), [(1, 2), (3, 4)])))
print(sum(1 for _ in it.product(range(3), range(4))), list(it.product()), list(it.product([])))

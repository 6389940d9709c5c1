# itertools constructors report bad arguments with CPython's messages.
import itertools as it
tests = ['groupby(1,2,3)','groupby(x=1)','groupby(iterable=[],key=None,z=1)','groupby([], z=1)','groupby([], iterable=[])','accumulate([],None,None)','accumulate(x=1)','accumulate()','compress([])','compress([],[],[])','compress(data=[],selectors=[],q=1)','permutations([],1,2)','permutations(r=1)','combinations([])','combinations([],1,2)','combinations_with_replacement([])','combinations(iterable=[], r=1, z=2)','islice([],1,2,3,4)','islice(x=1)','islice([])','chain(x=1)','zip_longest(x=1)','product(x=1)','cycle()','cycle(1,2)','cycle(x=1)','pairwise()','starmap(1)','takewhile(1)','filterfalse()','dropwhile(1,2,3)']
for t in tests:
  try: eval('it.'+t); print(t, 'OK')
  except TypeError as e: print(t, '->', e)
print(list(it.repeat(object='x', times=2)), list(it.islice(it.count(step=2, start=1), 3)), list(it.groupby('aab', key=None))[0][0], list(it.accumulate([1, 2], initial=5)), list(it.combinations(iterable='abc', r=2))[:1], list(it.permutations('ab', r=None)), [list(t) for t in it.tee([1, 2])], list(it.product('a', repeat=2)), list(it.zip_longest('a', 'bc', fillvalue='-')))

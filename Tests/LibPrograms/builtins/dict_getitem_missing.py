# dict.__getitem__ called directly (unbound, or through super()) consults a
# subclass's __missing__, as d[k] does: a trie of defaultdicts built with
# functools.reduce(dict.__getitem__, ...).
from collections import defaultdict
from functools import reduce

Trie = lambda: defaultdict(Trie)
trie = Trie()
for word in ['abc', 'abd', 'de', 'g']:
    reduce(dict.__getitem__, word, trie)[True] = word


def walk(node, depth=0):
    for key in sorted(node, key=str):
        if key is True:
            print('  ' * depth + '= ' + node[key])
        else:
            print('  ' * depth + key)
            walk(node[key], depth + 1)


walk(trie)


class Counting(dict):
    def __missing__(self, key):
        print('missing', key)
        return len(key)

    def __getitem__(self, key):
        return super().__getitem__(key) * 10


c = Counting(a=1)
print(c['a'], c['xyz'], dict.__getitem__(c, 'qq'), 'qq' in c)
try:
    dict.__getitem__({}, 'nope')
except KeyError as e:
    print('KeyError', e)

# ChainMap reads through __getitem__ (a defaultdict layer fills in), its |
# operators, and OrderedDict's odict_keys/odict_items/odict_values views.
import asyncio
from collections import ChainMap, OrderedDict, defaultdict
import collections.abc as cabc

counts = defaultdict(int)
settings = ChainMap(counts, {'retries': 3, 'timeout': 1.5})
print(settings['retries'], settings['missing'], settings, 'other' in settings, len(settings))
print(settings.get('timeout'), settings.get('nope', 'dflt'), dict(settings))

defaults = ChainMap({'a': 1}, {'b': 2})
print(defaults | {'c': 3}, {'z': 0} | defaults, type({'z': 0} | defaults).__name__)
defaults |= {'d': 4}
print(defaults, defaults.maps[0])

od = OrderedDict(first=1, second=2, third=3)
od.move_to_end('first')
keys, items, values = od.keys(), od.items(), od.values()
print(keys, items, values)
print(list(reversed(keys)), list(reversed(items)), list(reversed(values)))
print(len(keys), 'first' in keys, ('second', 2) in items, 3 in values, ('second', 3) in items)
od['fourth'] = 4
print(keys, items[-1] if False else list(items)[-1], sum(values))
print(keys == {'first', 'second', 'third', 'fourth'}, items == dict(od).items(), keys & {'first', 'x'}, keys - {'first', 'second', 'third'})
print(isinstance(keys, cabc.KeysView), isinstance(items, cabc.ItemsView), isinstance(values, cabc.ValuesView))
print(type(keys).__name__, type(items).__name__, type(values).__name__, keys.isdisjoint(['x', 'y']), keys.isdisjoint(['first']))


async def tally(name, delay, table):
    await asyncio.sleep(delay)
    table[name] = table.get(name, 0) + 1
    return name


async def main():
    table = OrderedDict()
    done = await asyncio.gather(*(tally(n, d, table) for n, d in [('b', 0.3), ('a', 0.1), ('c', 0.2), ('a', 0.4)]))
    print(done, table, table.items())
    table.move_to_end('a', last=False)
    print(table.keys(), [k for k, _ in table.items()])

asyncio.run(main())

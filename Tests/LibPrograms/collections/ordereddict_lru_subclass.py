# An LRU dict built on OrderedDict that stores (value, stamp) pairs and
# overrides __getitem__/__setitem__: popitem, move_to_end and == work on the
# dict's own order without calling the overrides.
from collections import OrderedDict


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.clock = 0

    def __getitem__(self, key):
        value, _ = super().__getitem__(key)
        self.clock += 1
        super().__setitem__(key, (value, self.clock))
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        self.clock += 1
        super().__setitem__(key, (value, self.clock))
        self.move_to_end(key)
        while len(self) > self.capacity:
            old, (v, stamp) = self.popitem(last=False)
            print('evict', old, v, stamp)


cache = LRU(2)
cache['a'] = 1
cache['b'] = 2
print(cache['a'])
cache['c'] = 3
print(list(dict.keys(cache)), cache.popitem(), cache.popitem(last=True))
print(len(cache), cache)

x, y = LRU(5), LRU(5)
x['k'] = 1
y['k'] = 1
x['j'] = 2
y['j'] = 2
print(x == y, dict.__eq__(x, y))

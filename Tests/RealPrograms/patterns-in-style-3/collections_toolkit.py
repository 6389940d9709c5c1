# Source: written for Interleave's corpus in the style of "collections module" tutorials (Counter, deque, OrderedDict, ChainMap, namedtuple) (not from a public source)
# Adapted: nothing
import asyncio
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple, UserDict, UserList


Event = namedtuple("Event", "kind source payload", defaults=(None,))
Pixel = namedtuple("Pixel", ["x", "y", "def", "x"], rename=True)


class LRUCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self:
            self.move_to_end(key)
            self.hits += 1
            return self[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            evicted = self.popitem(last=False)
            print("  evict", evicted)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


class History(UserList):
    def push(self, item):
        self.data.append(item)
        if len(self.data) > 3:
            del self.data[0]


async def event_source(name, kinds, out):
    for i, kind in enumerate(kinds):
        await asyncio.sleep(0.01 * (i + 1))
        out.append(Event(kind, name, {"seq": i}))


async def main():
    events = []
    await asyncio.gather(event_source("a", ["click", "key", "click"], events), event_source("b", ["key", "scroll"], events))
    for e in events:
        print(e)
    kinds = Counter(e.kind for e in events)
    print(kinds, kinds.most_common(1), sorted(kinds.elements()))
    other = Counter(click=1, resize=4)
    print(kinds + other, kinds - other, kinds & other, kinds | other, +Counter(a=-1, b=2), -Counter(a=-1))
    kinds.subtract({"click": 5})
    print(kinds, kinds.total(), Counter("mississippi").most_common(2))
    print(Event._fields, Event._field_defaults, Event("x", "y"), Pixel._fields)
    e = events[0]._replace(payload=None)
    print(e, e._asdict(), tuple(e), Event._make(["k", "s", 1]))

    d = deque(range(5), maxlen=5)
    d.append(5)
    d.appendleft(-1)
    print(d, d.maxlen)
    d.rotate(2)
    print(d, d[0], d[-1], d.index(3), d.count(2))
    d.extendleft([10, 11])
    print(d, list(reversed(d)))
    print(deque(), deque("ab"), repr(deque([1], maxlen=3)))

    cache = LRUCache(2)
    for k in ["a", "b", "a", "c", "b", "d"]:
        if cache.get(k) is None:
            cache.put(k, k.upper())
    print(cache, cache.hits, cache.misses, list(cache.keys()))
    od = OrderedDict.fromkeys("xyz", 0)
    od.move_to_end("x")
    od.move_to_end("z", last=False)
    print(od, od == OrderedDict([("z", 0), ("y", 0), ("x", 0)]), od == {"x": 0, "y": 0, "z": 0})

    defaults = {"theme": "light", "lang": "en", "debug": False}
    user = {"theme": "dark"}
    cli = {"debug": True}
    cfg = ChainMap(cli, user, defaults)
    print(cfg["theme"], cfg["debug"], cfg["lang"], len(cfg), sorted(cfg))
    child = cfg.new_child({"lang": "de"})
    child["extra"] = 1
    print(child.maps[0], child.parents["lang"], dict(child) == {**defaults, **user, **cli, "lang": "de", "extra": 1})
    print(cfg)

    tree = lambda: defaultdict(tree)
    t = tree()
    t["a"]["b"]["c"] = 1
    t["a"]["x"] = 2
    print(dict(t["a"]["b"]), dict(t["a"]).keys())
    groups = defaultdict(list)
    for word in "apple avocado banana blueberry cherry".split():
        groups[word[0]].append(word)
    print(groups, groups.default_factory)
    ld = LowerDict({"Key": 1})
    ld["OTHER"] = 2
    print(ld, ld["KEY"], "key" in ld)
    h = History()
    for i in range(5):
        h.push(i)
    print(h, h + [9], len(h), h[1:], type(h[1:]).__name__)


asyncio.run(main())

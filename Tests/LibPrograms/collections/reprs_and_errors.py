# collections reprs and errors: defaultdict, Counter arithmetic, OrderedDict, deque, namedtuple validation, ChainMap, UserDict/List/String; dict/set/list error messages and recursive reprs; sort stability.
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple, ChainMap, UserDict, UserList, UserString
d = defaultdict(list)
d["a"].append(1)
print(d, repr(d), dict(d))
d2 = defaultdict(int, {"x": 1})
print(d2)
print(defaultdict(None), defaultdict())
c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common(), sorted(c.elements()), c["z"], c.total())
c2 = Counter(a=3, b=1)
print(c + c2, c - c2, c & c2, c | c2, -c2, +Counter(a=-1, b=2))
c2.subtract({"a": 5})
print(c2, Counter(), repr(Counter({"x": 0})))
c2.update(["a", "a"])
print(c2)
od = OrderedDict([("a", 1), ("b", 2)])
od.move_to_end("a")
print(od, od.popitem(), od.popitem(last=False) if od else None, OrderedDict())
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("c", last=False)
print(list(od), od == OrderedDict.fromkeys("cab", 0), od == {"a": 0, "b": 0, "c": 0})
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
print(dq, deque(), deque("ab"), dq.maxlen)
dq.rotate(1)
print(dq, dq[0], dq[-1], list(reversed(dq)))
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print(e)
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]), p.x, p[1], tuple(p), P.__doc__)
try:
    P(1)
except TypeError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
try:
    p.x = 3
except AttributeError as e:
    print(e)
Q = namedtuple("Q", ["a", "b"], defaults=[0])
print(Q(1), Q._field_defaults, namedtuple("R", "a, b", rename=False)(1, 2))
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print(e)
try:
    namedtuple("Bad", ["def"])
except ValueError as e:
    print(e)
try:
    namedtuple("Bad", ["_x"])
except ValueError as e:
    print(e)
print(namedtuple("S", ["def", "_x", "a"], rename=True)._fields)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"z": 0}), cm.parents)
cm["c"] = 9
print(cm.maps)
try:
    del cm["b"]
except KeyError as e:
    print("KeyError", e)
class MyD(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
m = MyD()
m["ABC"] = 1
print(m, m.data, "abc" in m, len(m))
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul + [4], type(ul + [4]).__name__)
us = UserString("hey")
print(us.upper(), us + "!", len(us), repr(us))
print({}, {1: 'a', 'b': [1, 2]}, {(1, 2): {3}}, [None, True, 1.0, 'x'], {1: {2: {}}})
dd = {}
dd["self"] = dd
print(dd)
l = [1]
l.append(l)
print(l)
print(dict(a=1) | {"b": 2}, {1, 2} | {3}, {1, 2} & {2}, {1, 2} - {1}, {1, 2} ^ {2, 3}, frozenset([1, 2]) | {3})
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    {}[("a", 1)]
except KeyError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {1}.remove(2)
except KeyError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].index(2)
except ValueError as e:
    print(e)
try:
    [1].remove(2)
except ValueError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {1: 2}[[1]]
except TypeError as e:
    print(e)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True))
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    [3, None].sort()
except TypeError as e:
    print(e)
print(list(zip([1, 2], "ab")), list(enumerate("ab", 1)), dict(zip("ab", range(2))), list(map(lambda a, b: a + b, [1, 2], [3, 4])))

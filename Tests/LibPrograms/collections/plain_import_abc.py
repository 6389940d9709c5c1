# `import collections` alone reaches collections.abc (CPython's startup
# imports it), and the User* wrappers, Counter, deque and OrderedDict corners.
import collections
from collections import Counter, OrderedDict, UserDict, UserList, UserString, deque


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


u = LowerDict(A=1)
u["B"] = 2
print(u, u.data, "a" in u, len(u), u.get("z", 0), isinstance(u, collections.abc.MutableMapping))
print(isinstance([], collections.abc.Sequence), issubclass(dict, collections.abc.Mapping))
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul + [4], ul * 2, ul[1:], type(ul[1:]).__name__)
us = UserString("abc")
print(us.upper(), us + "d", type(us.upper()).__name__, us == "abc")

c = Counter("mississippi")
print(c.most_common(), list(c), c.most_common(0), c.most_common(-1))
print(Counter([1, 1, 2]) + Counter([2, 3]), Counter(a=3) - Counter(a=5), Counter(a=-1) + Counter())
c2 = Counter(a=2, b=-1)
print(c2, +c2, -c2, c2.total(), sorted(c2.elements()))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)

dq = deque(maxlen=2)
dq.extend(range(5))
print(dq, list(reversed(dq)), dq.count(4), 3 in dq)
try:
    deque([1, 2], maxlen=2).insert(0, 5)
except IndexError as e:
    print("IndexError", e)
dq3 = deque([1, 2, 3])
dq3.insert(1, 7)
del dq3[0]
dq3[0] = 8
dq3.extendleft([10, 11])
print(dq3, dq3 < deque([12]), deque("abc", 5))

od = OrderedDict(b=1, a=2)
od["c"] = 3
od.move_to_end("b")
print(od, od.popitem(), list(reversed(od)), od | {"z": 0})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
cm = collections.ChainMap({"x": 1}, {"x": 2, "y": 3})
cm["z"] = 5
print(cm, cm.parents, dict(cm))
try:
    cm.pop("y")
except KeyError as e:
    print("KeyError", e)

# UserDict, UserList, UserString subclassing and pprint of collections
from collections import UserDict, UserList, UserString, OrderedDict, defaultdict, Counter, ChainMap, deque
import pprint
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), "a" in d, d.get("b"), list(d.items()), d | {"z": 0}, isinstance(d, dict), d.copy(), type(d.copy()).__name__)
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, s[1:], type(s[1:]).__name__, s + [4], 3 in s, s.index(2), s.count(1), sorted(s, reverse=True), s * 2, len(s))
s.reverse(); s.extend([9]); s.insert(0, 0); print(s, s.pop(), s)
u = UserString("Hello World")
print(u.upper(), u.split(), u[::-1], u + "!", u.replace("o", "0"), u.find("W"), u.startswith("He"), len(u), u * 2, "ell" in u, u == "Hello World", u.center(15, "*"))
print(repr(u), str(u), u.lower().title(), u.encode(), u.isalpha(), u.format() if False else "", u.strip("Hd"), u.partition(" "))
pprint.pprint(OrderedDict((str(i), i) for i in range(3)))
pprint.pprint(defaultdict(list, {"a": [1] * 20, "b": [2] * 5}), width=40)
pprint.pprint(Counter("abracadabra" * 3))
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(ChainMap({"a": 1}, {"b": 2}))
pprint.pprint([UserList(range(3)), UserDict(a=1), UserString("s")])
pprint.pprint({"bytes": b"x" * 50, "complex": 1 + 2j, "tuple": (1,), "set": frozenset({1})}, width=30)

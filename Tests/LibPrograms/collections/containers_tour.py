from collections import Counter, OrderedDict, defaultdict, ChainMap, deque, namedtuple, UserDict, UserList, UserString
words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["missing"], len(c))
c2 = Counter("abracadabra")
print(c2, c2.most_common())
print(c2 + Counter("aab"), c2 - Counter("aaaaaaaaz"), c2 & Counter("aaxb"), c2 | Counter("zzz"))
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
c3 = Counter(a=3, b=1)
c3.subtract(a=5, c=2)
print(c3, sorted(c3.elements()), c3.total())
c3.update("aaa")
print(c3, dict(c3))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
print(repr(Counter()), Counter("ab").keys())
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
od2 = OrderedDict([("x", 1)])
od2 |= {"y": 2}
print(od2, list(reversed(od2)))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(sorted(dd.items()), dd.default_factory)
print(repr(defaultdict(int, a=1)), defaultdict(lambda: "?")["k"])
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(dict(counts))
base = {"color": "red", "size": 1}
override = {"color": "blue"}
cm = ChainMap(override, base)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.maps)
child = cm.new_child({"size": 99})
print(child["size"], child.parents["size"], repr(cm))
cm["new"] = 1
print(override, "new" in base)
try:
    del cm["size"]
except KeyError as e:
    print("KeyError", e)
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen)
d.appendleft(-1)
print(d)
d.rotate(1)
print(d, d.count(2), d.index(2))
d2 = deque("abcdef")
d2.rotate(-2)
print(d2, d2.popleft(), d2.pop(), list(reversed(d2)))
d2.extendleft("xy")
print(d2, d2[1], d2[-1])
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
e = Emp("ann", "eng")
print(e, e._asdict(), e._replace(salary=5), Emp._make(["b", "c", 1]))
name, dept, sal = e
print(name, dept, sal, e[0], e.salary)
try:
    Emp("a")
except TypeError as err:
    print("TypeError", err)
try:
    namedtuple("Bad", "a a")
except ValueError as err:
    print("ValueError", err)
try:
    namedtuple("Bad", "a def")
except ValueError as err:
    print("ValueError", err)
print(namedtuple("R", "a def a", rename=True)._fields)
class UD(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
u = UD(A=1)
u["B"] = 2
print(u, u.data, "a" in u)
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul + [4], type(ul + [4]).__name__)
us = UserString("hello")
print(us.upper(), us[1:], type(us.upper()).__name__)

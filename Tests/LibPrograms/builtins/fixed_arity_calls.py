l = [1, 2]
l.append(3); print(l, l.pop(), l, len(l), len("abc"), isinstance(3, int), isinstance(l, (str, list)))
d = {}
print(d.get("a"), d.get("a", 5), d.setdefault("b", []), d.setdefault("c"), d, "-".join(["x", "y"]), "".join(map(str, range(4))))
push = l.append; push(9); pop = l.pop; print(pop(), l)
get = d.get; print(get("b"), get("z", "dflt"))
class L(list):
    def append(self, x): print("custom append", x); super().append(x)
m = L(); m.append(1); list.append(m, 2); print(m, list.pop(m), m)
class D(dict):
    def __missing__(self, k): return "missing"
dd = D(a=1); print(dd.get("zz"), dd.get("a"), dd.setdefault("q", 4), dd)
for bad in [lambda: [].pop(), lambda: list.append(5, 1), lambda: d.get([], 1), lambda: d.setdefault({}), lambda: "-".join([1]), lambda: "-".join(5),
            lambda: len(5), lambda: isinstance(1, 5), lambda: dict.get(3, 1), lambda: str.join(3, []), lambda: l.pop(1, 2), lambda: len(), lambda: d.get()]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
class K:
    def __hash__(self): raise ValueError("no hash")
try:
    d.get(K())
except ValueError as e: print("caught", e)
def f():
    try:
        return d.get(K(), 1)
    finally:
        print("finally ran")
try: f()
except ValueError as e: print("outer", e)
class Sized:
    def __len__(self): return 7
print(len(Sized()), len(range(10)), len({1: 2}), len(b"ab"))

# abc (abstract class/static methods, register, __subclasshook__, MutableMapping mixins), weakref collections/finalize/WeakMethod/proxy, deepcopy of cycles and slots, operator, statistics, string.Template, textwrap options.
import abc, weakref, copy, operator, statistics, string, textwrap, gc
from fractions import Fraction
from collections.abc import Sequence, MutableMapping, Iterable, Iterator, Callable, Container, Sized
class Repo(abc.ABC):
    @abc.abstractmethod
    def get(self, key): ...
    @abc.abstractmethod
    def put(self, key, value): ...
    @classmethod
    @abc.abstractmethod
    def create(cls): ...
    @staticmethod
    @abc.abstractmethod
    def kind(): ...
    def describe(self):
        return f"{type(self).__name__} with {self.kind()}"
class MemRepo(Repo):
    def __init__(self): self.d = {}
    def get(self, key): return self.d.get(key)
    def put(self, key, value): self.d[key] = value
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def kind(): return "memory"
r = MemRepo.create(); r.put("a", 1)
print(r.get("a"), r.describe(), sorted(Repo.__abstractmethods__), MemRepo.__abstractmethods__, isinstance(r, Repo))
class Half(Repo):
    def get(self, key): return None
try:
    Half()
except TypeError as e:
    print(e)
class MyMap(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap(); m["x"] = 1; m.update(y=2); m.setdefault("z", 3)
print(dict(m), m.get("q", 0), "x" in m, m.pop("x"), list(m.items()), list(m.keys()), m == {"y": 2, "z": 3}, len(m))
try:
    class Bad(MutableMapping): pass
    Bad()
except TypeError as e:
    print(e)
class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = Seq()
print(list(s), s.index(20), s.count(10), 10 in s, list(reversed(s)), isinstance(s, Iterable), isinstance([], Sequence), isinstance({}, Sequence), isinstance(len, Callable), issubclass(str, Container))
class Meta(abc.ABCMeta): pass
class WithMeta(metaclass=Meta):
    @abc.abstractmethod
    def f(self): ...
try:
    WithMeta()
except TypeError as e:
    print(e)
class Virtual(abc.ABC): pass
@Virtual.register
class Impl: pass
print(issubclass(Impl, Virtual), isinstance(Impl(), Virtual), Virtual.__subclasshook__(Impl))
class SubHook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"): return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), SubHook), issubclass(int, SubHook))
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
o1, o2 = Obj(1), Obj(2)
wvd = weakref.WeakValueDictionary({"a": o1, "b": o2})
wkd = weakref.WeakKeyDictionary({o1: "one"})
ws = weakref.WeakSet([o1, o2])
print(sorted(wvd.keys()), len(wkd), len(ws), o1 in ws)
del o2
gc.collect()
print(sorted(wvd.keys()), len(ws))
fin = weakref.finalize(o1, print, "finalized o1")
print(fin.alive)
del o1
gc.collect()
print(fin.alive, len(wkd))
class M:
    def meth(self): return "called"
mm = M()
wm = weakref.WeakMethod(mm.meth)
print(wm()(), weakref.proxy(mm).meth())
p = weakref.proxy(mm)
del mm
gc.collect()
try:
    p.meth()
except ReferenceError as e:
    print("ReferenceError", e)
a = {"k": [1, {2, 3}], "t": (1, [2])}
b = copy.deepcopy(a)
print(b == a, b["k"] is a["k"], b["t"][1] is a["t"][1], copy.copy(a)["k"] is a["k"])
class Node:
    def __init__(self): self.children = []; self.parent = None
root = Node(); child = Node(); child.parent = root; root.children.append(child)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2 is not root)
class Sl:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = 2
sc = copy.deepcopy(Sl())
print(sc.a, sc.b)
print(copy.copy(range(3)), copy.deepcopy(frozenset({1})), copy.copy("s"), copy.deepcopy(None), copy.copy(len))
print(operator.attrgetter("n")(Obj(5)), sorted([Obj(3), Obj(1)], key=operator.attrgetter("n")), list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])))
print(operator.methodcaller("split", ",")("a,b"), operator.xor(6, 3), operator.inv(5), operator.lshift(1, 4), operator.and_(6, 3), operator.or_(6, 3), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(2, 2), operator.is_not(1, None), operator.abs(-3), operator.pos(-3), operator.sub(5, 3), operator.truediv(7, 2), operator.concat("a", "b"))
try:
    operator.itemgetter()
except TypeError as e:
    print(e)
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), statistics.mode(["red", "blue", "red"]), statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.variance([Fraction(1, 4), Fraction(5, 4)]), statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10, method="inclusive"))
nd = statistics.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, round(nd.pdf(100), 6), round(nd.inv_cdf(0.975), 3), nd + 5, nd * 2, round(nd.overlap(statistics.NormalDist(110, 15)), 4), statistics.NormalDist.from_samples([1, 2, 3, 4]))
print(statistics.covariance([1, 2, 3], [1, 2, 4]), statistics.mean([True, False]), statistics.median(["a", "c", "b"]), statistics.fmean([1, 2], weights=[1, 3]) if False else "")
try:
    statistics.harmonic_mean([-1])
except statistics.StatisticsError as e:
    print(e)
try:
    statistics.correlation([1, 1], [1, 2])
except statistics.StatisticsError as e:
    print(e)
print(string.Template("${a}-$b").substitute({"a": 1}, b=2), string.Template.delimiter, string.Template("$$x").template)
class MyT(string.Template):
    delimiter = "%"
print(MyT("%who is %what").substitute(who="x", what="y"), string.Template("$x").get_identifiers() if hasattr(string.Template, "get_identifiers") else "", string.Template("$x $$").is_valid() if hasattr(string.Template, "is_valid") else "")
try:
    string.Template("$ x").substitute(x=1)
except ValueError as e:
    print(e)
print(textwrap.wrap("The quick brown fox jumps over the lazy dog", width=12, max_lines=2, placeholder=" [...]"))
print(textwrap.fill("a-very-long-hyphenated-word and more", width=10))
print(textwrap.wrap("  leading spaces   and   multiple   ", width=10), textwrap.wrap("tabs\there", width=20, expand_tabs=True, tabsize=4))
print(textwrap.dedent("  a\n\n    b\n  c"), "|", textwrap.dedent("\tx\n\ty"), "|", repr(textwrap.dedent("   \n  a\n")))
print(textwrap.shorten("Hello  world!  How are you?", width=15), textwrap.shorten("x" * 30, width=10))
print(textwrap.TextWrapper(width=15, drop_whitespace=False).wrap("hello   world  again and again"))
print(textwrap.fill("Sentence one.  Sentence two.", width=40, fix_sentence_endings=True))

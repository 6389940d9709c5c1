import statistics as st
from fractions import Fraction
import textwrap, heapq, bisect, operator, copy

data = [2.5, 3.25, 5.5, 11.25, 3.25, 7]
print(st.mean(data), st.median(data), st.mode(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(round(st.stdev(data), 6), round(st.pstdev(data), 6), round(st.variance(data), 6), st.pvariance([1, 2, 3, 4]))
print(st.mean([1, 2, 3, 4]), st.fmean([1, 2, 3]), st.geometric_mean([1, 4]), st.harmonic_mean([1, 2, 4]))
print(st.multimode("aabbbcccc d"), st.quantiles(range(1, 11), n=4), st.median_grouped([1, 2, 2, 3, 4]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), type(st.mean([1, 2])).__name__, st.mean([1.0, 2]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(round(st.correlation([1, 2, 3], [2, 4, 7]), 6), st.linear_regression([1, 2, 3], [2, 4, 6]))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.5), 6), nd.mean, nd.stdev)
f = Fraction(3, 4)
print(f, repr(f), f + Fraction(1, 4), f * 2, f / 3, f ** 2, f - 1, -f, abs(-f), f == 0.75, f < 1, float(f), int(Fraction(7, 2)))
print(Fraction("0.125"), Fraction(" -3/6 "), Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(1.5), Fraction(5))
print(f.numerator, f.denominator, f.as_integer_ratio(), round(Fraction(7, 3), 2), round(Fraction(5, 2)), Fraction(7, 3) // 1, Fraction(7, 3) % 1)
print(sum([Fraction(1, n) for n in range(1, 5)]), Fraction(1, 3) + 0.5, 1 + Fraction(1, 3), Fraction(2, 4) == Fraction(1, 2), hash(Fraction(1, 2)) == hash(0.5))
for bad in [(1, 0), ("x",), ("1/0",)]:
    try:
        Fraction(*bad)
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
print(textwrap.indent("a\nb\n\nc", "+ "), textwrap.indent("a\nb", "- ", lambda l: l.startswith("b")))
print(textwrap.TextWrapper(width=10, break_long_words=False).wrap("supercalifragilistic word"))
h = []
for x in [5, 1, 8, 3, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.nsmallest(2, [5, 1, 8]), heapq.nlargest(2, [{"p": 3}, {"p": 9}, {"p": 1}], key=lambda d: d["p"]))
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h, list(heapq.merge([1, 4, 7], [2, 5], [3])))
tasks = [(2, "write"), (1, "plan"), (3, "ship")]
heapq.heapify(tasks)
print([heapq.heappop(tasks)[1] for _ in range(3)])
grades = [60, 70, 80, 90]
print([("FDCBA")[bisect.bisect(grades, s)] for s in [33, 60, 75, 99]], bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2))
lst = [1, 3, 5]
bisect.insort(lst, 4)
bisect.insort_left(lst, 3)
print(lst, bisect.bisect([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"]))
print(operator.add(1, 2), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)), operator.neg(3), operator.truth([]), operator.contains([1], 1), operator.concat("a", "b"))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("f", 1, k=2)))
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3)])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].val = 99
print(shallow, deep, shallow.children is tree.children, deep.children is tree.children)
class Custom:
    def __init__(self):
        self.data = [1]
    def __copy__(self):
        print("__copy__ called")
        n = Custom.__new__(Custom)
        n.data = self.data
        return n
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        n = Custom.__new__(Custom)
        n.data = copy.deepcopy(self.data, memo)
        return n
c = Custom()
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.data is c.data, c3.data is c.data)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
print(copy.copy((1, [2])) , copy.deepcopy({"a": [1, {"b": 2}]}))

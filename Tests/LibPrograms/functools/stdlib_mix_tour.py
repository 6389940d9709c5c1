# string, textwrap, operator, copy, statistics, fractions, uuid, secrets, heapq, bisect, math, random, itertools, functools: everyday calls and error messages.
import string, textwrap, operator, copy, statistics, fractions, uuid, secrets, heapq, bisect, math, random, itertools, functools
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits, repr(string.whitespace), string.capwords("hello   world  x"))
t = string.Template("$who likes ${what}s $$")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$1").substitute()
except ValueError as e:
    print(e)
fmt = string.Formatter()
print(fmt.format("{0}-{x}", 1, x=2), list(fmt.parse("a{0:>3}b{x!r}")))
sample = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(sample, 30))
print(textwrap.wrap(sample, 25)[:3], textwrap.shorten(sample, 40), textwrap.shorten("hello world", width=10, placeholder="..."))
print(textwrap.dedent("""
    line one
      indented
    line three
"""), repr(textwrap.indent("a\nb\n\nc", "> ")), textwrap.indent("a\nb", "+ ", lambda l: True))
print(textwrap.fill("short", 3), textwrap.wrap("", 10), textwrap.fill("a b c d e f", width=5, initial_indent="* ", subsequent_indent="  "))
w = textwrap.TextWrapper(width=20, break_long_words=False)
print(w.wrap("supercalifragilisticexpialidocious is long"))
print(operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3), operator.attrgetter("a.b") if False else "", operator.methodcaller("upper")("x"), operator.add(1, 2), operator.mul("a", 3), operator.neg(3), operator.not_(0), operator.truth([]), operator.contains([1], 1), operator.concat([1], [2]), operator.getitem({"a": 1}, "a"), operator.pow(2, 3), operator.floordiv(7, 2), operator.mod(7, 3), operator.lt(1, 2), operator.is_(None, None), operator.index(5), operator.length_hint([1, 2]))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("x", "y")), repr(operator.methodcaller("f", 1, k=2)))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.ixor(5, 3))
a = [[1, 2], {"k": [3]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[0].append(9); a[1]["k"].append(4)
print(b, c, copy.copy(5), copy.deepcopy((1, [2])))
class Cp:
    def __init__(self): self.x = [1]
    def __copy__(self): print("copy called"); n = Cp(); n.x = self.x; return n
    def __deepcopy__(self, memo): print("deepcopy called"); n = Cp(); n.x = list(self.x); return n
copy.copy(Cp()); copy.deepcopy([Cp()])
data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(statistics.mean(data), statistics.median(data), statistics.median([1, 3, 5, 7]), statistics.mode([1, 1, 2]), statistics.multimode("aabbc"), statistics.stdev(data), statistics.pstdev(data), statistics.variance(data), statistics.pvariance(data))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.harmonic_mean([40, 60]), statistics.geometric_mean([54, 24, 36]), statistics.fmean([1, 2, 3]), statistics.quantiles(range(1, 11), n=4), statistics.mean([1, 2]), statistics.mean(fractions.Fraction(1, n) for n in (2, 3)))
for bad in [lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: statistics.mode([])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError", e)
print(statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 6]), statistics.NormalDist(0, 1).cdf(1.0))
F = fractions.Fraction
print(F(3, 6), F("1/3") + F(1, 6), F(0.5), F("0.75"), F(1, 3) * 3, F(7, 2) // 1, float(F(1, 3)), repr(F(2, 4)), F(1, 3) < 0.5, F(-3, 4).numerator, F(3, 4).denominator, F(10, 4).limit_denominator(1), round(F(7, 2)), F(1, 3) ** 2, abs(F(-1, 2)), F(5).as_integer_ratio(), str(F(5)), F(1.1).limit_denominator(100), F(3, 4) == 0.75, hash(F(1, 2)) == hash(0.5))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    F("abc")
except ValueError as e:
    print(e)
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.version, u.int, str(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")), uuid.uuid3(uuid.NAMESPACE_URL, "x"), u.urn, u.bytes[:4], uuid.UUID(int=5), u == uuid.UUID(u.hex), u.fields[:2], len(str(uuid.uuid4())), uuid.uuid4().version)
try:
    uuid.UUID("xyz")
except ValueError as e:
    print(e)
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), len(secrets.token_urlsafe(6)), secrets.choice([7]), 0 <= secrets.randbelow(10) < 10, secrets.compare_digest("a", "a"))
h = [5, 1, 8, 3]
heapq.heapify(h); heapq.heappush(h, 0)
print(h, heapq.heappop(h), heapq.nlargest(2, h), heapq.nsmallest(2, h, key=lambda x: -x), heapq.heappushpop(h, 10), heapq.heapreplace(h, 2), list(heapq.merge([1, 4], [2, 3])), h)
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
s = [1, 3, 3, 5]
print(bisect.bisect(s, 3), bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.insort(s, 4), s, bisect.bisect_left(s, 4, key=None) if True else 0, bisect.bisect([(1, 'a'), (2, 'b')], (2,)))
print(math.pi, math.e, math.tau, math.inf, math.nan, math.sqrt(2), math.isqrt(17), math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3]), math.fsum([0.1] * 10), math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0), math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.modf(3.5), math.frexp(8), math.ldexp(1, 3), math.fabs(-2), math.remainder(10, 3), math.isfinite(1e308), math.isnan(math.nan), math.floor(3.7), math.ceil(-3.7))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.isqrt(-1)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice("abc"), random.sample(range(10), 3), random.uniform(1, 2), random.randrange(0, 100, 5), random.gauss(0, 1), random.choices("ab", weights=[1, 3], k=4))
lst = list(range(6)); random.shuffle(lst); print(lst, random.getrandbits(16), random.triangular(), random.betavariate(2, 3), random.expovariate(1.5))
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(e)
print(list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.pairwise("abcd")), list(itertools.batched("abcde", 2)) if hasattr(itertools, "batched") else "", list(itertools.zip_longest("ab", "x", fillvalue="-")), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.starmap(pow, [(2, 3)])), list(itertools.compress("abc", [1, 0, 1])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 5, 1])), list(itertools.filterfalse(None, [0, 1, 0, 2])), [(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.product("ab", repeat=2)), list(itertools.permutations("abc", 2))[:3], list(itertools.combinations_with_replacement("ab", 2)), list(itertools.tee([1, 2])[1]), list(itertools.chain.from_iterable([[1], [2]])))
print(functools.reduce(operator.mul, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(e)
@functools.lru_cache(maxsize=2)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
p = functools.partial(int, base=2)
print(p("101"), repr(p), p.func, p.args, p.keywords)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class Lazy:
    @functools.cached_property
    def val(self):
        print("computing"); return 42
lz = Lazy(); print(lz.val, lz.val, lz.__dict__)

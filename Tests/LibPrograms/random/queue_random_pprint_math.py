import asyncio, queue, random, math, time, sys, textwrap, pprint, reprlib, heapq, bisect, abc, numbers, decimal, types
EXPRS = r'''
q=queue.Queue(2); q.put(1); q.put(2); (q.full(), q.qsize(), q.get(), q.empty())
q=queue.Queue(1); q.put(1); q.put(2, block=False)
q=queue.Queue(); q.get_nowait()
q=queue.LifoQueue(); [q.put(i) for i in range(3)]; [q.get() for _ in range(3)]
q=queue.PriorityQueue(); [q.put((p, s)) for p, s in [(3, 'c'), (1, 'a'), (2, 'b')]]; [q.get()[1] for _ in range(3)]
q=queue.SimpleQueue(); q.put(5); (q.get(), q.empty(), q.qsize())
q=queue.Queue(); q.put(1); q.task_done(); q.task_done()
queue.Empty, queue.Full, issubclass(queue.Empty, Exception)
random.seed(42); [random.random() for _ in range(3)]
random.seed(42); (random.randint(1, 100), random.choice('abcdef'), random.sample(range(100), 5), random.uniform(1, 2), random.randrange(0, 100, 5))
random.seed(1); l = list(range(10)); random.shuffle(l); l
random.seed(1); (random.choices('abc', weights=[1, 5, 1], k=6), random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(2), random.triangular(0, 10, 3), random.betavariate(2, 3))
random.seed('text'); random.random()
random.seed(b'bytes'); random.getrandbits(64)
random.seed(3); (random.randbytes(4), random.paretovariate(2), random.weibullvariate(1, 2), random.lognormvariate(0, 1), random.vonmisesvariate(0, 1), random.gammavariate(2, 3))
r=random.Random(7); (r.random(), r.randint(1, 6), r.getstate()[1][:3])
random.seed(5); random.sample(['a', 'b', 'c', 'd'], counts=[1, 2, 3, 1], k=4)
random.choice([])
random.randrange(10, 5)
random.sample([1, 2], 3)
random.randint(1.5, 3)
pprint.pformat({'a': list(range(30)), 'b': {'c': 'x' * 60, 'd': [1, {2: 3}]}})
pprint.pformat([{'k': i, 'v': 'v' * i} for i in range(8)], width=40)
pprint.pformat({'z': 1, 'a': 2}, sort_dicts=False), pprint.pformat((1,)), pprint.pformat(set(range(3)))
pprint.pformat(list(range(100)), compact=True, width=60)
pprint.pformat({'a': {'b': {'c': {'d': 1}}}}, depth=2)
reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(20)))
h=[5, 1, 8, 3]; heapq.heapify(h); (h, heapq.heappop(h), heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, [(2, 'b'), (1, 'a'), (3, 'c')], key=lambda t: -t[0]))
list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(['c', 'a'], ['b'], key=str.upper, reverse=True))
h=[1, 5]; (heapq.heappushpop(h, 3), heapq.heapreplace(h, 0), h)
bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2), bisect.bisect([1, 3], 2, key=None), bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0])
l=[1, 5]; bisect.insort(l, 3); bisect.insort_left(l, 3); l
isinstance(1, numbers.Integral), isinstance(1.0, numbers.Rational), isinstance(1j, numbers.Complex), isinstance(decimal.Decimal(1), numbers.Number), issubclass(bool, numbers.Integral)
math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3], start=2), math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12), math.fsum([0.1] * 10), math.gcd(12, 18, 27), math.lcm(4, 6)
math.log(8, 2), math.log2(1024), math.log10(0.001), math.exp(1), math.copysign(1, -0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.5), math.remainder(10, 3), math.nextafter(1, 2), math.ulp(1.0)
math.factorial(20), math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), round(2.5), round(-0.5), round(3.14159, 2), round(1234, -2), math.inf, -math.inf, math.nan, math.tau, math.e
math.sqrt(-1)
math.log(0)
math.factorial(-1)
math.factorial(2.5)
math.pow(0, -1)
math.exp(1000)
math.isqrt(-1)
math.comb(3, 5), math.perm(3, 5), math.cbrt(27) if hasattr(math, 'cbrt') else 0, math.exp2(3) if hasattr(math, 'exp2') else 0
'''
for line in EXPRS.strip().split('\n'):
    try:
        if ';' in line:
            *stmts, last = line.split('; ')
            ns = dict(globals())
            for s in stmts: exec(s, ns)
            r = eval(last, ns)
        else:
            r = eval(line)
        print(repr(r) if not isinstance(r, str) else r)
    except Exception as e:
        print('!', type(e).__name__, e)

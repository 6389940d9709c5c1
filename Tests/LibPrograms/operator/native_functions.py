import operator, inspect, functools
print(type(operator.add).__name__, operator.add, operator.lt, operator.__add__ is operator.add, operator.add.__module__ if False else '')
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __iadd__(self, o): self.x += o.x; return self
    def __neg__(self): return V(-self.x)
    def __lt__(self, o): return self.x < o.x
    def __getitem__(self, i): return i * 2
    def __length_hint__(self): return 7
    def __index__(self): return self.x
    def __repr__(self): return f'V({self.x})'
a = V(1)
print(operator.add(a, V(2)), operator.iadd(a, V(5)), a, operator.neg(a), operator.lt(V(1), V(2)), operator.index(V(9)), operator.getitem(a, 4))
l = [1]; r = operator.iadd(l, [2]); print(r is l, l, operator.iconcat(l, (3,)), l)
t = (1,); print(operator.iadd(t, (2,)), t)
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.countOf([1, 2, 1, 1.0], 1), operator.indexOf('abc', 'c'), operator.contains({'a': 1}, 'a'))
print(operator.length_hint(V(1)), operator.length_hint(iter([1, 2])), operator.length_hint(3, 9), operator.length_hint([1, 2, 3]), operator.length_hint(x for x in []))
print(operator.truth([]), operator.not_(0), operator.is_(None, None), operator.is_not(1, None), operator.abs(-3.5), operator.pos(True), operator.inv(5), operator.invert(True))
print(operator.pow(2, 10), operator.truediv(1, 4), operator.floordiv(-7, 2), operator.mod(-7, 2), operator.lshift(1, 70), operator.and_(6, 3), operator.or_({1}, {2}), operator.xor(5, 1), operator.sub(5, 7), operator.mul('ab', 3))
d = {}; operator.setitem(d, 'k', 1); print(d); operator.delitem(d, 'k'); print(d)
print(operator.call(max, 1, 5, key=lambda v: -v), operator.index(True), type(operator.index(True)))
print(functools.reduce(operator.mul, range(1, 11)), list(map(operator.add, [1, 2], [10, 20])), sorted([3, 1, 2], key=operator.neg))
print(operator.eq(1, 1.0), operator.ne('a', 'b'), operator.ge(2, 2), operator.gt([2], [1, 5]), operator.le((1,), (1, 0)))
for f in (lambda: operator.add(1), lambda: operator.add(1, 2, 3), lambda: operator.neg(1, 2), lambda: operator.neg(), lambda: operator.add(a=1, b=2),
          lambda: operator.setitem([], 0), lambda: operator.length_hint(), lambda: operator.length_hint(1, 2, 3), lambda: operator.call(),
          lambda: operator.add(1, 'a'), lambda: operator.lt(1, 'a'), lambda: operator.neg('a'), lambda: operator.concat(1, 2), lambda: operator.concat({}, {}),
          lambda: operator.countOf(1, 1), lambda: operator.indexOf([1], 2), lambda: operator.getitem(1, 0), lambda: operator.delitem(1, 0), lambda: operator.index(1.5),
          lambda: operator.length_hint([], 'x'), lambda: operator.matmul(1, 2), lambda: operator.imatmul(1, 2), lambda: operator.iadd((1,), [2]), lambda: operator.ipow(2, 'a'),
          lambda: operator.abs('s'), lambda: operator.truth(), lambda: operator.is_(1), lambda: operator.itemgetter(1)([]), lambda: operator.truediv(1, 0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    functools.reduce(operator.add, [1, 'x'])
except TypeError:
    import traceback; traceback.print_exc(limit=None, file=__import__('sys').stdout)
print(inspect.signature(operator.add), inspect.signature(operator.length_hint), inspect.signature(operator.neg), inspect.signature(operator.call))
x = 2
try:
    x **= 'a'
except TypeError as e:
    print('TypeError', e)
try:
    pow(2, 'a')
except TypeError as e:
    print('TypeError', e)
ops = {'+': operator.add, '-': operator.sub, '*': operator.mul, '<': operator.lt}
print(ops)
print({sym: fn(6, 3) for sym, fn in ops.items()})

# operator: itemgetter/attrgetter/methodcaller (reprs, tuples, dotted
# names, slices, errors) and the function forms of the operators.
import operator
from operator import attrgetter, itemgetter, methodcaller


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.inner = type('Inner', (), {'z': x * y})()


pts = [Point(3, 1), Point(1, 2), Point(2, 2)]
print([p.x for p in sorted(pts, key=attrgetter('y', 'x'))])
print(attrgetter('inner.z')(pts[0]), attrgetter('x', 'inner.z')(pts[1]))
print(itemgetter(1)([5, 6, 7]), itemgetter(0, -1)('hello'), itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(itemgetter('a', 'b')({'a': 1, 'b': 2}))
print(methodcaller('replace', 'a', 'o')('banana'), methodcaller('split', sep='-')('a-b'))
print(repr(itemgetter(1, 'x')), repr(attrgetter('a.b', 'c')), repr(methodcaller('f', 1, k=2)))
for bad in (lambda: attrgetter(1), lambda: methodcaller(3), lambda: itemgetter(5)([1]),
            lambda: attrgetter('nope')(pts[0]), lambda: operator.indexOf([1, 2], 3),
            lambda: operator.index(1.5), lambda: operator.concat(1, 2)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('ab', 2), operator.truediv(1, 4))
print(operator.floordiv(7, -2), operator.mod(7, -2), operator.pow(3, 3), operator.neg(-1), operator.pos(2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 4), operator.rshift(64, 3), operator.not_([]), operator.truth([0]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains('abc', 'b'), operator.countOf('aab', 'a'))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.indexOf(lst, 3), operator.length_hint([1, 2]), operator.length_hint(5, 7))
a = [1]
b = operator.iadd(a, [2])
print(a, b is a, operator.isub(5, 2), operator.imul('x', 3), operator.ior({1}, {2}), operator.iconcat([0], (1,)))
print(operator.call(max, 3, 9), operator.abs(-2.5), operator.__add__(1, 1), operator.index(True))
print(itemgetter(2, 0)('xyz'), attrgetter('real')(3), methodcaller('bit_length')(255))

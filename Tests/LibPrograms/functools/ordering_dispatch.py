# cmp_to_key, total_ordering, singledispatch, cached_property.
import functools


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha), reverse=True))
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(2) >= K(3), K(2) == K(2), min([5, 3, 8], key=K))


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1, 2), sorted([b, a, Version(0, 9)]))
print(Version.__gt__.__name__)
try:
    a < 3
except TypeError as e:
    print('TypeError', e)


@functools.total_ordering
class Desc:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n


print(Desc(1) < Desc(2), Desc(1) >= Desc(2), Desc(2) <= Desc(2))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


@functools.singledispatch
def describe(obj):
    return f'object {obj!r}'


@describe.register(int)
def _(obj):
    return f'int {obj}'


@describe.register
def _(obj: list):
    return f'list of {len(obj)}'


def describe_str(obj):
    return f'str {obj!r}'


describe.register(str, describe_str)
print(describe(3), describe(True), describe([1, 2]), describe('x'), describe(2.5), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.__name__)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print('  computing area')
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, 'area' in vars(c))

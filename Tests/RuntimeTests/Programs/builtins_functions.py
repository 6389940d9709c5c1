# Builtin functions: ordering, reductions, lazy iterators, numbers, characters.
print(sorted([3, 1, 2]), sorted('bca', reverse=True), sorted({'b': 1, 'a': 2}), sorted([]))
print(min(4, 2, 8), max('apple', 'pear', key=len), min([], default='none'), max([1, 3], [2]))
print(max([(1, 'b'), (1, 'a')]), min('hello'), max(range(5), key=lambda x: -x), min(3, 3.0), max(3.0, 3))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([], start=5))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x > 0 for x in [1, -1]), any('') , all('ab'))
e = enumerate('abc', start=5)
print(type(e).__name__, next(e), list(e), list(enumerate([])))
z = zip([1, 2, 3], 'ab', (True, False, None))
print(type(z).__name__, list(z), list(zip()), list(zip('ab', strict=True)))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(type(m).__name__, list(m), list(map(str.upper, 'ab')), list(map(abs, [-1, 2])))
f = filter(None, [0, 1, '', 'x', None, [], [0]])
print(type(f).__name__, list(f), list(filter(lambda x: x % 2, range(6))))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
print(abs(-3), abs(-2.5), abs(True), abs(-2 ** 70), divmod(17, 5), divmod(-17, 5), divmod(7.5, -2), divmod(2 ** 65, 3))
print(pow(2, 10), pow(2, -1), pow(3, 200, 1000), pow(2, -1, 7), pow(-2, 3, 5), pow(2.0, 0.5), pow(base=2, exp=5, mod=3))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(7, 1), round(1.5, None))
print(chr(65), chr(0x1F600), ord('a'), ord('€'), hex(255), hex(-255), oct(-8), bin(0), bin(2 ** 70))
print(format(3.5, '.3f'), format(10, 'b'), format('x', '>3'), format(1234567, ','), format(True), format(None))
print(ascii('é中😀'), ascii(['x', 'ü']), repr('é'), ascii(1.5))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __abs__(self):
        return Money(abs(self.cents))
    def __round__(self, n=None):
        return f'round({n})'
    def __format__(self, spec):
        return f'${self.cents / 100:{spec or ".2f"}}'
    def __index__(self):
        return self.cents
print(abs(Money(-250)).cents, round(Money(1)), round(Money(1), 2), format(Money(1999)), f'{Money(5):.1f}', hex(Money(255)))
for bad in [lambda: sorted([1, 'a']), lambda: max([]), lambda: min(), lambda: max(1, 2, default=0),
            lambda: sum(['a'], ''), lambda: abs('x'), lambda: divmod(1, 0), lambda: divmod(1.0, 0),
            lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: round('x'), lambda: chr(-1),
            lambda: ord('ab'), lambda: ord(1), lambda: hex(1.5), lambda: list(zip([1], [1, 2], strict=True)),
            lambda: list(zip([1, 2], [1], [1], strict=True)), lambda: map(len), lambda: reversed(5),
            lambda: format(1, 5), lambda: sorted(), lambda: next(iter([]))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# str.format: auto/manual numbering, keywords, attributes, items, conversions, nested specs.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __format__(self, spec):
        return f'<{self.x:{spec}},{self.y:{spec}}>'

p = Point(3, 4)
print('{} + {} = {}'.format(1, 2, 1 + 2), '{1}{0}{1}'.format('a', 'b'))
print('{0.x}/{0.y} {0!r} {0!s} {0:03d}'.format(p))
print('{name} is {age:>4} years'.format(name='Ann', age=7), '{d[key]} {l[1]}'.format(d={'key': 'v'}, l=[5, 6]))
print('{:>8.3f}|{:<8}|{:^8}|{:*^9}|'.format(3.14159, 'left', 'mid', 'star'))
print('{:,} {:_} {:#x} {:#o} {:#b} {:+d} {: d} {:08.2f}'.format(1234567, 1234567, 255, 8, 5, 42, 42, -3.5))
print('{:.1%} {:e} {:.2e} {:g} {:g}'.format(0.256, 1234.5, 1234.5, 1e-7, 123456789.0))
print('{:{w}.{p}f}|{:>{}}|'.format(3.14159, 'x', 4, w=10, p=2))
print('{{literal}} {0!a} {0!r:^9}|'.format('é'))
print('{:}'.format(None), '{}'.format([1, 'a']), '{:5}|'.format(True), '{:d}'.format(True))
print('{a}{b}'.format_map({'a': 1, 'b': 2}), '{0[0]}'.format('xyz'))
for template, args, kwargs in [('{}{1}', (1, 2), {}), ('{0}{}', (1, 2), {}), ('{', (), {}), ('}', (), {}),
                               ('{0', (1,), {}), ('{0!x}', (1,), {}), ('{:d}', ('a',), {}), ('{2}', (1,), {}),
                               ('{a}', (), {}), ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {}),
                               ('{0:{1:{2}}}', (1, 2, 3), {}), ('{:,d}', (1.5,), {})]:
    try:
        print(repr(template.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)

# `x in y` on something that is neither a container nor iterable, and the
# operator module's C-style messages.
import operator


class Box:
    pass


class Legacy:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


for container in [5, None, 2.5, Box(), len]:
    try:
        print(1 in container)
    except TypeError as e:
        print('TypeError', e)
print(20 in Legacy(), 25 in Legacy(), 'a' in iter('abc'))
for f in [lambda: operator.contains(3, 1), lambda: operator.countOf(3, 1), lambda: operator.indexOf(None, 1),
          lambda: operator.countOf([1, 1, 2], 1), lambda: operator.indexOf('xyz', 'z')]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError', e)

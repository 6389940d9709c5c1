# copy.copy and copy.deepcopy use reducers registered with copyreg.pickle,
# after __copy__/__deepcopy__ and before the class's own __reduce_ex__.
import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class Tracked(Point):
    def __copy__(self):
        return 'own __copy__'


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, ('from __reduce__',))


def reduce_point(p):
    print('  reduce_point', p)
    return (Point, (p.x * 10, p.y * 10))


def reduce_reduced(r):
    return (Reduced, ('from copyreg',))


print(copy.copy(Point(1, 2)))
copyreg.pickle(Point, reduce_point)
print(copy.copy(Point(1, 2)))
print(copy.deepcopy([Point(3, 4)]))
print(copy.copy(Tracked(5, 6)))
print(copy.copy(Reduced(1)).v)
copyreg.pickle(Reduced, reduce_reduced)
print(copy.copy(Reduced(1)).v, copy.deepcopy(Reduced(2)).v)


def as_name(obj):
    return 'shared_singleton'


class Singleton:
    pass


shared_singleton = Singleton()
copyreg.pickle(Singleton, as_name)
print(copy.copy(shared_singleton) is shared_singleton, copy.deepcopy(shared_singleton) is shared_singleton)
try:
    copyreg.pickle(Point, 'not callable')
except TypeError as e:
    print('TypeError', e)

# Fluent Python (2nd ed.), chapters 11-12: Vector2d and a multidimensional
# Vector stored in array('d'): bytes round trip, reprlib, slicing, hashing
# with reduce/xor, dynamic attributes, format with polar coordinates.
import functools
import itertools
import math
import operator
import reprlib
from array import array


class Vector2d:
    __match_args__ = ('x', 'y')
    typecode = 'd'

    def __init__(self, x, y):
        self.__x = float(x)
        self.__y = float(y)

    @property
    def x(self):
        return self.__x

    @property
    def y(self):
        return self.__y

    def __iter__(self):
        return (i for i in (self.x, self.y))

    def __repr__(self):
        class_name = type(self).__name__
        return '{}({!r}, {!r})'.format(class_name, *self)

    def __str__(self):
        return str(tuple(self))

    def __bytes__(self):
        return (bytes([ord(self.typecode)]) +
                bytes(array(self.typecode, self)))

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(abs(self))

    def angle(self):
        return math.atan2(self.y, self.x)

    def __format__(self, fmt_spec=''):
        if fmt_spec.endswith('p'):
            fmt_spec = fmt_spec[:-1]
            coords = (abs(self), self.angle())
            outer_fmt = '<{}, {}>'
        else:
            coords = self
            outer_fmt = '({}, {})'
        components = (format(c, fmt_spec) for c in coords)
        return outer_fmt.format(*components)

    @classmethod
    def frombytes(cls, octets):
        typecode = chr(octets[0])
        components = array(typecode)
        components.frombytes(octets[1:])
        return cls(*components)


v1 = Vector2d(3, 4)
print(v1.x, v1.y, repr(v1), str(v1), abs(v1), bool(v1), bool(Vector2d(0, 0)))
octets = bytes(v1)
print(octets)
v1_clone = Vector2d.frombytes(octets)
print(v1_clone, v1_clone == v1)
print(format(v1), format(v1, '.2f'), format(v1, '.3ep'),
      format(Vector2d(1, 1), '0.5fp'))
print(hash(v1) == hash(Vector2d(3.0, 4.0)), len({v1, v1_clone}))


class Vector:
    typecode = 'd'
    __match_args__ = ('x', 'y', 'z', 't')

    def __init__(self, components):
        self._components = array(self.typecode, components)

    def __iter__(self):
        return iter(self._components)

    def __repr__(self):
        components = reprlib.repr(self._components)
        components = components[components.find('['):-1]
        return f'Vector({components})'

    def __str__(self):
        return str(tuple(self))

    def __bytes__(self):
        return (bytes([ord(self.typecode)]) +
                bytes(self._components))

    def __eq__(self, other):
        return (len(self) == len(other) and
                all(a == b for a, b in zip(self, other)))

    def __hash__(self):
        hashes = (hash(x) for x in self)
        return functools.reduce(operator.xor, hashes, 0)

    def __abs__(self):
        return math.hypot(*self)

    def __bool__(self):
        return bool(abs(self))

    def __len__(self):
        return len(self._components)

    def __getitem__(self, key):
        if isinstance(key, slice):
            cls = type(self)
            return cls(self._components[key])
        index = operator.index(key)
        return self._components[index]

    def __getattr__(self, name):
        cls = type(self)
        try:
            pos = cls.__match_args__.index(name)
        except ValueError:
            pos = -1
        if 0 <= pos < len(self._components):
            return self._components[pos]
        msg = f'{cls.__name__!r} object has no attribute {name!r}'
        raise AttributeError(msg)

    def angle(self, n):
        r = math.hypot(*self[n:])
        a = math.atan2(r, self[n - 1])
        if (n == len(self) - 1) and (self[-1] < 0):
            return math.pi * 2 - a
        else:
            return a

    def angles(self):
        return (self.angle(n) for n in range(1, len(self)))

    def __format__(self, fmt_spec=''):
        if fmt_spec.endswith('h'):  # hyperspherical coordinates
            fmt_spec = fmt_spec[:-1]
            coords = itertools.chain([abs(self)], self.angles())
            outer_fmt = '<{}>'
        else:
            coords = self
            outer_fmt = '({})'
        components = (format(c, fmt_spec) for c in coords)
        return outer_fmt.format(', '.join(components))

    def __add__(self, other):
        try:
            pairs = itertools.zip_longest(self, other, fillvalue=0.0)
            return Vector(a + b for a, b in pairs)
        except TypeError:
            return NotImplemented

    def __radd__(self, other):
        return self + other

    def __mul__(self, scalar):
        try:
            factor = float(scalar)
        except TypeError:
            return NotImplemented
        return Vector(n * factor for n in self)

    def __rmul__(self, scalar):
        return self * scalar

    def __matmul__(self, other):
        try:
            return sum(a * b for a, b in zip(self, other))
        except TypeError:
            return NotImplemented

    @classmethod
    def frombytes(cls, octets):
        typecode = chr(octets[0])
        components = array(typecode)
        components.frombytes(octets[1:])
        return cls(components)


print(Vector([3.1, 4.2]), Vector((3, 4, 5)), Vector(range(10)))
v = Vector(range(7))
print(v[-1], v[1:4], v[-1:], repr(v[::3]))
print(v.x, v.y, v.t)
try:
    v.k
except AttributeError as exc:
    print(exc)
v3 = Vector([3, 4, 5])
print(abs(v3), bool(v3), bool(Vector([0, 0])), len(v3))
print(Vector.frombytes(bytes(v3)) == v3, bytes(Vector([1.5]))[1:].hex())
print(hash(Vector([1, 2])) == hash(1.0) ^ hash(2.0), hash(Vector([])))
print(v3 + Vector([1, 1]), v3 * 2, 10 * v3, v3 @ Vector([1, 2, 3]))
print(format(Vector([1, 1]), 'h'), format(Vector([1, 1, 1]), '.3eh'),
      format(Vector([-1, -1, -1, -1]), '0.5fh'), format(v3, '.1f'))
print(Vector([1, 2]) == (1, 2), [1.0, 2.0] == list(Vector([1, 2])))
try:
    Vector(['x'])
except TypeError as exc:
    print('TypeError:', exc)

import math, functools, operator, itertools, numbers, reprlib
from collections import abc
class Vector2d:
    __match_args__ = ("x", "y")
    __slots__ = ("__x", "__y")
    typecode = "d"
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
        return "{}({!r}, {!r})".format(class_name, *self)
    def __str__(self):
        return str(tuple(self))
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
    def __format__(self, fmt_spec=""):
        if fmt_spec.endswith("p"):
            fmt_spec = fmt_spec[:-1]
            coords = (abs(self), self.angle())
            outer_fmt = "<{}, {}>"
        else:
            coords = self
            outer_fmt = "({}, {})"
        components = (format(c, fmt_spec) for c in coords)
        return outer_fmt.format(*components)
    @classmethod
    def frombytes(cls, octets):
        return cls(*octets)
v = Vector2d(3, 4)
print(v, repr(v), abs(v), bool(v), bool(Vector2d(0, 0)), format(v, ".3ep"), format(v, ".2f"), hash(v) == hash(Vector2d(3, 4)))
print(v._Vector2d__x, {v: 1}[Vector2d(3.0, 4.0)], Vector2d.frombytes([1, 2]))
try:
    v.x = 3
except AttributeError as e:
    print("AttributeError:", e)
match v:
    case Vector2d(x, y) if x < y:
        print("match", x, y)
class Vector:
    typecode = "d"
    shortcut_names = "xyzt"
    def __init__(self, components):
        self._components = list(components)
    def __iter__(self):
        return iter(self._components)
    def __repr__(self):
        components = reprlib.repr(self._components)
        components = components[components.find("["):-1]
        return f"Vector({components}])" if False else f"Vector({components})"
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
            pos = cls.shortcut_names.index(name)
        except ValueError:
            pos = -1
        if 0 <= pos < len(self._components):
            return self._components[pos]
        msg = f"{cls.__name__!r} object has no attribute {name!r}"
        raise AttributeError(msg)
    def __eq__(self, other):
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))
    def __hash__(self):
        hashes = (hash(x) for x in self._components)
        return functools.reduce(operator.xor, hashes, 0)
    def __abs__(self):
        return math.sqrt(sum(x * x for x in self))
    def __neg__(self):
        return Vector(-x for x in self)
    def __pos__(self):
        return Vector(self)
    def __add__(self, other):
        try:
            pairs = itertools.zip_longest(self, other, fillvalue=0.0)
            return Vector(a + b for a, b in pairs)
        except TypeError:
            return NotImplemented
    def __radd__(self, other):
        return self + other
    def __mul__(self, scalar):
        if isinstance(scalar, numbers.Real):
            return Vector(n * scalar for n in self)
        return NotImplemented
    def __rmul__(self, scalar):
        return self * scalar
    def __matmul__(self, other):
        try:
            return sum(a * b for a, b in zip(self, other))
        except TypeError:
            return NotImplemented
    def __rmatmul__(self, other):
        return self @ other
v7 = Vector(range(7))
print(v7, v7[1:4], v7[-1], v7.x, v7.z, len(v7), abs(Vector([3, 4])), -Vector([1, 2]), Vector([1, 2]) + (10, 20, 30), (1, 2) + Vector([1]))
print(3 * Vector([1, 2]), Vector([1, 2]) * 2.5, Vector([1, 2]) @ [3, 4], [3, 4] @ Vector([1, 2]), hash(Vector([1, 2])) == hash(Vector([1, 2])))
try:
    v7.k
except AttributeError as e:
    print("AttributeError:", e)
try:
    Vector([1]) * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Vector([1]) + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v7[1.5]
except TypeError as e:
    print("TypeError:", e)
class StrKeyDict(dict):
    def __missing__(self, key):
        if isinstance(key, str):
            raise KeyError(key)
        return self[str(key)]
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default
    def __contains__(self, key):
        return key in self.keys() or str(key) in self.keys()
d = StrKeyDict([("2", "two"), ("4", "four")])
print(d[2], d.get(4), d.get(1, "N/A"), 2 in d, 1 in d)
class FrenchDeck(abc.MutableSequence):
    def __init__(self):
        self._cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self._cards)
    def __getitem__(self, position):
        return self._cards[position]
    def __setitem__(self, position, value):
        self._cards[position] = value
    def __delitem__(self, position):
        del self._cards[position]
    def insert(self, position, value):
        self._cards.insert(position, value)
deck = FrenchDeck()
deck.append("KD")
deck.reverse()
print(list(deck), deck.index("2S"), deck.count("AS"), "3H" in deck, deck.pop(), len(deck), list(reversed(deck))[:2])
deck += ["QC"]
print(deck[-1], isinstance(deck, abc.Sequence), issubclass(FrenchDeck, abc.Iterable))
class Bad(abc.Sequence):
    pass
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number))

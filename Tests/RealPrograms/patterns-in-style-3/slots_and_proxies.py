# Source: written for Interleave's corpus in the style of memory-conscious class examples (__slots__, __getattr__ proxies, operator overloading) (not from a public source)
# Adapted: nothing
import asyncio
import math
from functools import total_ordering


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __format__(self, spec):
        return "<" + ", ".join(format(c, spec) for c in self) + ">"


class Vector3(Vector):
    __slots__ = ("z",)

    def __init__(self, x=0.0, y=0.0, z=0.0):
        super().__init__(x, y)
        self.z = z


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(f"get {name}")
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(f"set {name}={value!r}")
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(f"del {name}")


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __len__(self):
        return len(self.rows)

    def __contains__(self, value):
        return any(value in r for r in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"


async def move(v, steps):
    for _ in range(steps):
        await asyncio.sleep(0.1)
        v = v + Vector(1, 0.5)
    return v


async def main():
    v = Vector(3, 4)
    print(v, abs(v), -v, 2 * v, v * 0.5, bool(Vector()), list(v), f"{v:.2f}")
    try:
        v.z = 1
    except AttributeError as exc:
        print("AttributeError:", exc)
    print(hasattr(v, "__dict__"), Vector.__slots__, Vector.x)
    v3 = Vector3(1, 2, 3)
    print(v3.z, v3 + v, {v: 1, Vector(3, 4): 2})
    try:
        v + 1
    except TypeError as exc:
        print("TypeError:", exc)
    ends = await asyncio.gather(move(Vector(), 3), move(Vector(1, 1), 1))
    print(ends)
    versions = sorted(Version(t) for t in ["1.10.0", "1.2.3", "1.2.10", "0.9"])
    print(versions, Version("1.0") >= Version("0.9"), Version("1.0") <= Version("0.9"), max(versions))
    p = LoggingProxy(Vector(1, 2))
    p.x = 10
    print(p.x, p.y, repr(p._target))
    del p.y
    print(p._log)
    m = Matrix([[1, 2], [3, 4]])
    print(m @ Matrix([[0, 1], [1, 0]]), m[1, 0], m[0], len(m), 4 in m, 7 in m)
    try:
        object.__setattr__(Vector(), "w", 1)
    except AttributeError as exc:
        print("AttributeError:", exc)


asyncio.run(main())

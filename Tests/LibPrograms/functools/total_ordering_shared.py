# total_ordering adds shared module-level methods: each keeps its own
# qualified name and docstring, gets the missing operation's __name__, and
# classes that already define an operation (or inherit it) keep theirs.
import functools


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)

    def __eq__(self, other):
        return isinstance(other, Version) and self.key == other.key

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key < other.key

    def __repr__(self):
        return "Version%r" % (self.key,)


@functools.total_ordering
class Score:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n


for op in ("__gt__", "__le__", "__ge__"):
    method = getattr(Version, op)
    print(op, method.__name__, method.__qualname__)
    print("   ", method.__doc__)
print(repr(Version.__gt__).split(" at ")[0])
print(Score.__lt__.__qualname__, Score.__le__.__qualname__, Score.__gt__.__qualname__)

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, b >= b)
print(sorted([b, a, Version(0, 9)]))
print(Score(3) < Score(4), Score(3) > Score(3), Score(5) <= Score(1))
try:
    a > 3
except TypeError as e:
    print("TypeError:", e)

# Only operations the class leaves to object are added.
@functools.total_ordering
class Both:
    def __lt__(self, other):
        return True

    def __gt__(self, other):
        return False

print(Both.__le__.__qualname__, Both.__ge__.__qualname__, Both.__gt__.__qualname__)

try:
    functools.total_ordering(type("Plain", (), {}))
except ValueError as e:
    print("ValueError:", e)

print(functools.partial.__doc__.splitlines()[0])

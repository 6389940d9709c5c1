# A __repr__/__format__/__str__ run from an f-string sees its caller at the
# line of the f-string, also inside a statement spanning several lines.
import sys


class Where:
    def __repr__(self):
        return f"repr@{sys._getframe(1).f_lineno}"

    def __format__(self, spec):
        return f"format@{sys._getframe(1).f_lineno}"

    def __str__(self):
        return f"str@{sys._getframe(1).f_lineno}"


w = Where()
x = 1
print(
    f"{w!r}",
    f"{w}",
    f"{w!s}",
)
y = [
    x,
    f"{w:>3}",
]
print(y)

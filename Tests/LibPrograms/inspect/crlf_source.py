# A program saved with Windows line endings (CRLF): inspect, doctest and
# tracebacks see the same lines as with LF endings.
import inspect
import sys
import traceback


def double(x):
    """Return twice x.

    >>> double(21)
    42
    >>> double("ab")
    'abab'
    """
    return 2 * x


class Point:
    """A point.

    >>> Point(1, 2).norm2()
    5
    """

    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm2(self):
        return self.x ** 2 + self.y ** 2


print(inspect.getsource(double), end="")
print(inspect.getsourcelines(Point.norm2))
print(len(inspect.getsourcelines(sys.modules[__name__])[0]))
try:
    double(None)
except TypeError:
    traceback.print_exc(file=sys.stdout)

import doctest
print(doctest.testmod())

# ForwardRef compiles its text (a SyntaxError for non-expressions); the
# functional TypedDict belongs to the calling module.
import typing
from typing import ForwardRef, NamedTuple, TypedDict, get_type_hints


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except (SyntaxError, TypeError, NameError) as e:
        print(label, type(e).__name__, e)


attempt('plain', lambda: ForwardRef('int'))
attempt('expression', lambda: ForwardRef('list[int] | None'))
attempt('starred', lambda: ForwardRef('*Ts'))
attempt('broken', lambda: ForwardRef('1 +'))
attempt('statement', lambda: ForwardRef('x = 1'))
attempt('not str', lambda: ForwardRef(3))
attempt('equal', lambda: ForwardRef('A') == ForwardRef('A'))


def bad(x: 'def'):
    pass


attempt('hints', lambda: get_type_hints(bad))

Point = TypedDict('Point', {'x': int, 'y': int})
Movie = TypedDict('Movie', title=str, year=int)
attempt('typeddict', lambda: (Point, Point.__module__, Movie.__module__))
attempt('typeddict keys', lambda: sorted(Movie.__required_keys__))
Pair = NamedTuple('Pair', [('a', int), ('b', 'Later')])
attempt('namedtuple', lambda: (Pair, Pair.__module__, Pair.__annotations__))

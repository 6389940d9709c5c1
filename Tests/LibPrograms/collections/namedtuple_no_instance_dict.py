# namedtuple instances have no __dict__ (__slots__ = ()): new attributes
# are refused; a subclass without __slots__ gets a __dict__ again.
import collections
import typing

Point = collections.namedtuple('Point', 'x y')


class Pair(typing.NamedTuple):
    left: int
    right: int = 0


class Labelled(Point):
    pass


class Strict(Point):
    __slots__ = ()


def attempt(label, fn):
    try:
        print(label, fn())
    except AttributeError as e:
        print(label, 'AttributeError', e)


p = Point(1, 2)
attempt('slots', lambda: (Point.__slots__, Pair.__slots__))
attempt('has dict', lambda: (hasattr(p, '__dict__'), hasattr(Pair(1), '__dict__')))
attempt('new attribute', lambda: setattr(p, 'z', 3))
attempt('field assignment', lambda: setattr(p, 'x', 3))
attempt('typed new attribute', lambda: setattr(Pair(1), 'extra', 1))
lab = Labelled(3, 4)
lab.name = 'corner'
attempt('subclass dict', lambda: (lab.name, vars(lab), lab))
attempt('strict subclass', lambda: setattr(Strict(5, 6), 'w', 1))


class Tagged(tuple):
    __slots__ = ()


class Loose(tuple):
    pass


attempt('tuple slots', lambda: setattr(Tagged((1,)), 'tag', 1))
loose = Loose((1,))
loose.tag = 'ok'
attempt('tuple subclass', lambda: loose.tag)


class Number(int):
    __slots__ = ()


attempt('int slots', lambda: setattr(Number(5), 'unit', 'kg'))


class Err(Exception):
    __slots__ = ()


e = Err('x')
e.note = 'exceptions keep a __dict__'
attempt('exception slots', lambda: e.note)

# _order_ is checked against the definition order (aliases and, for flags,
# multi-bit values skipped) and does not stay on the class.
import enum


def define(label, make):
    try:
        cls = make()
        print(label, cls._member_names_, hasattr(cls, '_order_'))
    except TypeError as e:
        print(label, 'TypeError', e)


def plain():
    class Suit(enum.Enum):
        _order_ = 'CLUBS DIAMONDS HEARTS SPADES'
        CLUBS = 1
        DIAMONDS = 2
        HEARTS = 3
        SPADES = 4
    return Suit


def with_alias():
    class Size(enum.Enum):
        _order_ = 'S, M, L'
        S = 1
        M = 2
        L = 3
        SMALL = 1
    return Size


def flags():
    class Perm(enum.Flag):
        _order_ = 'R W RW X'
        R = 4
        W = 2
        RW = 6
        X = 1
    return Perm


def wrong():
    class Wrong(enum.IntEnum):
        _order_ = 'B A'
        A = 1
        B = 2
    return Wrong


def missing():
    class Missing(enum.Enum):
        _order_ = ['A', 'C']
        A = 1
        B = 2
    return Missing


for label, make in [('plain', plain), ('alias', with_alias), ('flags', flags),
                    ('wrong', wrong), ('missing', missing)]:
    define(label, make)

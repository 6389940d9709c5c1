# A class body may set only CPython 3.11's own _sunder_ names (_order_,
# _generate_next_value_, _numeric_repr_, _missing_, _ignore_, _iter_member_*).
import enum

for name in ('_value_repr_', '_boundary_', '_value_', '_name_', '_custom_', '_inverted_'):
    try:
        enum.Enum('E', {'A': 1, name: 2})
        print(name, 'accepted')
    except ValueError as e:
        print('ValueError:', e)


class Ok(enum.IntFlag):
    _numeric_repr_ = hex
    _ignore_ = ['tmp']
    tmp = 0
    R = 1
    W = 2


print(repr(Ok(9)), list(Ok))


class Ordered(enum.Enum):
    _order_ = 'B A'
    B = 2
    A = 1

    @classmethod
    def _missing_(cls, value):
        return cls.A


print(list(Ordered), Ordered(99))

# 'mro' and '' cannot name enum members.
from enum import Enum

try:
    class E(Enum):
        mro = 1
except ValueError as e:
    print('ValueError:', e)
try:
    Enum('F', [('', 1), ('ok', 2)])
except ValueError as e:
    print('ValueError:', e)
try:
    Enum('G', {'mro': 1, 'x': 2})
except ValueError as e:
    print('ValueError:', e)


class H(Enum):
    MRO = 1
    Mro = 2


print(list(H))

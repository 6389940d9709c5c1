# _generate_next_value_ must come before the members that use auto().
from enum import Enum, auto
try:
    class Auto(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name.lower()
except TypeError as e:
    print('TypeError:', e)
class Ok(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * (count + 1)
    A = auto()
    B = auto()
print(list(Ok))

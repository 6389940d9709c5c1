# Calling an enum class that has no members with one argument is a
# TypeError (CPython checks before _missing_).
from enum import Enum, IntEnum, Flag

for cls in (Enum, IntEnum):
    try:
        cls('E')
    except TypeError as e:
        print('TypeError:', e)


class Base(Enum):
    def describe(self):
        return self.name.lower()


try:
    Base(1)
except TypeError as e:
    print('TypeError:', e)


class Color(Base):
    RED = 1


print(Color(1).describe())
try:
    Color(2)
except ValueError as e:
    print('ValueError:', e)
print(Flag(0) if False else 'flag skipped')

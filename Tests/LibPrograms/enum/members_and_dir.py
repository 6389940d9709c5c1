# An enum class's __members__ prints like the dict it proxies; dir() lists
# the members and the class's interesting names.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

print(Color.__members__)
print(repr(Color.__members__))
print(dict(Color.__members__), len(Color.__members__), "CRIMSON" in Color.__members__)
for name, member in Color.__members__.items():
    print(name, member, member.name)
print(dir(Color))
print(dir(Color.RED))

class Perm(enum.Flag):
    R = 4
    W = 2
print(dir(Perm))
print(Perm.__members__)

class Shape(enum.Enum):
    SQUARE = 4
    def sides(self):
        return self.value
print(dir(Shape.SQUARE))
print(str(enum.Enum.__members__ if False else Shape.__members__))

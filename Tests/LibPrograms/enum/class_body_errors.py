# An enum class body refuses a member name defined twice, or a member over
# a method (CPython's _EnumDict messages); _ignore_, private names and
# descriptors stay allowed.
from enum import Enum, auto
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
try:
    class MethodOverMember(Enum):
        A = 1
        def A(self):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    class MemberOverMethod(Enum):
        def A(self):
            return 1
        A = 1
except TypeError as e:
    print("TypeError", e.args[0].split(" as ")[0])
class Ignored(Enum):
    _ignore_ = ["x"]
    x = 1
    x = 2
    B = 1
print(list(Ignored))
class Aliases(Enum):
    A = 1
    B = 1
    _C = 3
print(list(Aliases), Aliases.B is Aliases.A)
class Good(Enum):
    A = 1
    B = 2
    __private = 3
    def m(self):
        return 1
    @property
    def p(self):
        return 2
print(list(Good), Good.A.m(), Good.B.p)

try:
    super()
except RuntimeError as e:
    print("module:", repr(e))

def plain():
    return super()
try:
    plain()
except RuntimeError as e:
    print("function:", repr(e))

def with_arg(self):
    return super().__init__()
try:
    with_arg(1)
except RuntimeError as e:
    print("function with arg:", repr(e))

class Base:
    def greet(self):
        return "base"

class Child(Base):
    def greet(self):
        return "child+" + super().greet()
    @classmethod
    def make(cls):
        return super().__new__(cls)
    @staticmethod
    def stat():
        return super()

print(Child().greet())
print(type(Child.make()).__name__)
try:
    Child.stat()
except RuntimeError as e:
    print("staticmethod:", repr(e))

def outside(self):
    return super(Child, self).greet()
print(outside(Child()))

try:
    super(Child, 5)
except TypeError as e:
    print("bad second:", e)
try:
    super(5, Child())
except TypeError as e:
    print("bad first:", e)

class Late:
    pass
def late_method(self):
    return super().__repr__()
Late.m = late_method
try:
    Late().m()
except RuntimeError as e:
    print("late:", repr(e))

s = super(Child, Child())
print(repr(s).startswith("<super: <class 'Child'>, <Child object>>"))
print(s.greet())

class Lam(Base):
    f = lambda self: super().greet()
print(Lam().f())
class Gen(Base):
    def g(self):
        yield super().greet()
print(list(Gen().g()))

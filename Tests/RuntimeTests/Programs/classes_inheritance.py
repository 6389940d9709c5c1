class A:
    def who(self): return 'A'
    def hello(self): return 'hello from ' + self.who()
class B(A):
    def who(self): return 'B'
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print([k.__name__ for k in D.__mro__])
print(D().hello(), C().hello())
class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    @classmethod
    def create(cls, name): return cls(name)
    @staticmethod
    def helper(x): return x * 2
    def __repr__(self): return f'{type(self).__name__}({self.name!r})'
class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
print(Base.create('x'), Child('y', 1), Base.helper(21), Base.count)
print(isinstance(Child('z', 2), Base), issubclass(Child, Base), issubclass(Base, Child))
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273: raise ValueError('too cold')
        self._c = v
t = Temp(); t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
class Plain: pass
p = Plain()
print(repr(p).startswith('<__main__.Plain object at 0x'))
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    Plain(1)
except TypeError as e:
    print(e)

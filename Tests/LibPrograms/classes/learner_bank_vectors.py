# A learner's classes: properties with validation, custom exceptions, dunder methods, __slots__ errors, metaclass registry, iterators, context managers, __init_subclass__, descriptors, exception str/repr, add_note.
class Account:
    interest = 0.02
    _count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account._count += 1
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("balance cannot be negative")
        self._balance = v
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError(f"invalid amount: {amt}")
        self._balance += amt
        return self
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(self._balance, amt)
        self._balance -= amt
        return self
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"
    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"
    def __eq__(self, other):
        return isinstance(other, Account) and self._balance == other._balance
    def __lt__(self, other):
        return self._balance < other._balance
    @classmethod
    def count(cls):
        return cls._count
    @staticmethod
    def validate(x):
        return x > 0
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"need {amount - balance} more")
        self.balance = balance
        self.amount = amount
class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self._balance += self._balance * self.interest
a = Account("ann", 100)
b = Savings("bob", 50)
a.deposit(50).withdraw(20)
b.add_interest()
print(a, b, repr(a), repr(b), [a, b], sorted([a, b]), a == b, a != b, Account.count(), Account.validate(3))
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("error:", e, e.args, e.balance, repr(e))
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
try:
    a.balance = -1
except ValueError as e:
    print(e)
try:
    a.nonexistent
except AttributeError as e:
    print(e)
try:
    Account()
except TypeError as e:
    print(e)
try:
    a.deposit()
except TypeError as e:
    print(e)
try:
    a.deposit(1, 2)
except TypeError as e:
    print(e)
try:
    Account.deposit(5)
except TypeError as e:
    print(e)
try:
    a < 3
except AttributeError as e:
    print(e)
try:
    del a.balance
except AttributeError as e:
    print(e)
print(isinstance(b, Account), issubclass(Savings, Account), Savings.__mro__, Savings.__bases__, type(b).__name__, vars(a), a.__dict__.keys(), hasattr(a, "owner"), getattr(a, "x", "dflt"))
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): return f"Vector({self.x}, {self.y})"
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __hash__(self): return hash((self.x, self.y))
    def __eq__(self, o): return tuple(self) == tuple(o)
    def __format__(self, spec): return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
v = Vector(3, 4)
print(v + v, v * 2, 3 * v, abs(v), bool(Vector(0, 0)), list(v), v[1], len(v), {v: 1}, f"{v:.2f}", x if (x := v[0]) else 0, *v)
try:
    v.z = 1
except AttributeError as e:
    print(e)
try:
    v + 1
except AttributeError as e:
    print(e)
try:
    v - v
except TypeError as e:
    print(e)
try:
    v[5]
except IndexError as e:
    print(e)
class Meta(type):
    registry = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry[name] = cls
        return cls
class Plugin(metaclass=Meta): pass
class P1(Plugin): pass
print(sorted(Meta.registry), type(P1))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None, ev); return et is KeyError
with Ctx() as c:
    raise KeyError("k")
try:
    with Ctx():
        raise ValueError("v")
except ValueError:
    print("propagated")
class Temp:
    def __init_subclass__(cls, unit="C", **kw):
        super().__init_subclass__(**kw)
        cls.unit = unit
class F(Temp, unit="F"): pass
print(F.unit)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, t=None): return "desc:" + self.name if obj else self
class U:
    attr = Desc()
print(U().attr, type(U.attr).__name__)
print(str(Exception("a", "b")), str(ValueError()), repr(KeyError("x")), str(KeyError("x")), str(OSError(2, "No such file")), repr(OSError(2, "x")), str(UnicodeError("u")))
e = ValueError("msg")
e.add_note("a note")
print(e.__notes__, isinstance(ExceptionGroup("g", [e]), Exception))

# Subclasses of property keep their class (attributes, overridden __get__/
# __set__, setter() copies through the subclass); abc.abstractproperty.
import abc


class loud(property):
    kind = 'loud'

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return str(super().__get__(obj, objtype)).upper()


class tracked(property):
    writes = 0

    def __set__(self, obj, value):
        type(self).writes += 1
        super().__set__(obj, value)


class Account:
    def __init__(self, owner):
        self._owner = owner
        self._balance = 0

    @loud
    def owner(self):
        return self._owner

    @tracked
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError('negative balance')
        self._balance = value


a = Account('ann')
print(a.owner, type(Account.owner).__name__, Account.owner.kind, isinstance(Account.owner, property))
a.balance = 10
a.balance += 5
print(a.balance, tracked.writes, type(Account.__dict__['balance']).__name__)
try:
    a.balance = -1
except ValueError as e:
    print('ValueError:', e)
try:
    a.owner = 'bob'
except AttributeError as e:
    print('AttributeError:', e)
print(repr(Account.owner).split(' at ')[0], Account.owner.fget.__name__)


class Shape(abc.ABC):
    @abc.abstractproperty
    def sides(self):
        ...


class Square(Shape):
    sides = 4


try:
    Shape()
except TypeError as e:
    print('TypeError:', e)
print(Square().sides, Shape.sides.__isabstractmethod__)


class documented(property):
    def __init__(self, fget, note):
        super().__init__(fget)
        self.note = note


class Thing:
    size = documented(lambda self: 3, 'the size')


print(Thing().size, Thing.size.note, vars(Thing.size))

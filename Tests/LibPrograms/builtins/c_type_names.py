# Error messages name the types CPython implements in C with their module
# (tp_name: 'collections.deque'), and a Python subclass of one plainly
# (datetime is pure Python under the oracle's virtual clock, so its
# classes are named plainly too); `d |= pairs` updates a dict as d.update does;
# an empty format spec shows an int or str subclass's own __str__.
import collections
import datetime
import decimal
import functools
import io
import operator
import types

d = datetime.datetime(2020, 1, 1)


class MyDate(datetime.date):
    pass


checks = [
    lambda: d + 1, lambda: d < 1, lambda: d.missing, lambda: d(), lambda: d[0],
    lambda: len(d), lambda: iter(d), lambda: -d, lambda: abs(d), lambda: int(d),
    lambda: float(d), lambda: "ab" * datetime.timedelta(1),
    lambda: datetime.date.today() + datetime.date.today(),
    lambda: MyDate(2020, 1, 1) + 1,
    lambda: collections.deque() < 1, lambda: collections.deque()(),
    lambda: collections.OrderedDict() + 1, lambda: collections.defaultdict().x,
    lambda: decimal.Decimal(1).missing, lambda: io.StringIO().missing,
    lambda: functools.partial(print) < 1, lambda: operator.itemgetter(1) + 1,
    lambda: types.SimpleNamespace()[0], lambda: {collections.deque()},
    lambda: divmod(d, 1),
]
for check in checks:
    try:
        check()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

plain = {"a": 1}
plain |= [("b", 2), ("a", 3)]
plain |= {"c": 4}.items()
print(plain)
try:
    plain |= 5
except TypeError as e:
    print("TypeError:", e)
try:
    plain | [("x", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    plain |= [("x",)]
except ValueError as e:
    print("ValueError:", e)


class Code(int):
    def __str__(self):
        return "code %d" % int(self)


class Label(str):
    def __str__(self):
        return "label " + str.__str__(self)


print(f"{Code(7)}", f"{Label('x')}", format(Code(7)), f"{Code(7):d}", f"{Label('x'):>4}", f"{Code(7)!r}")

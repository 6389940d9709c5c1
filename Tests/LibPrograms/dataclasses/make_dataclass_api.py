# dataclasses through make_dataclass (no class-body annotations needed):
# generated __init__/__repr__/__eq__/order/hash, frozen, field() options,
# fields/asdict/astuple/replace/is_dataclass and the error messages.
import dataclasses
from dataclasses import field, make_dataclass

Point = make_dataclass('Point', [('x', int), ('y', int, field(default=0))], order=True)
p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1, 2) < Point(2, 0), sorted([Point(3), Point(1, 5), Point(1, 2)]))
print(dataclasses.fields(p)[1].default, [f.name for f in dataclasses.fields(Point)], dataclasses.asdict(p), dataclasses.astuple(p))
print(dataclasses.replace(p, y=9), dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(3), Point.__match_args__)
Frozen = make_dataclass('Frozen', [('name', str), ('tags', list, field(default_factory=list, compare=False))], frozen=True)
f1, f2 = Frozen('a'), Frozen('a', ['x'])
print(f1, f1 == f2, hash(f1) == hash(Frozen('a', ['y'])), f1.tags is not Frozen('a').tags)
try:
    f1.name = 'b'
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
Hidden = make_dataclass('Hidden', [('a', int), ('secret', str, field(repr=False, default='s')), ('n', int, field(init=False, default=7))])
h = Hidden(1)
print(h, h.n, Hidden.__hash__, Hidden(1) == Hidden(1, 'other'))
Nested = make_dataclass('Nested', [('points', list), ('meta', dict)])
print(dataclasses.asdict(Nested([Point(1, 2)], {'k': Point(0)})))
for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2), lambda: dataclasses.asdict(3),
            lambda: dataclasses.replace(h, n=1), lambda: field(default=1, default_factory=list), lambda: Point(1) < 3,
            lambda: make_dataclass('Bad', [('a', int, field(default=[]))]), lambda: dataclasses.fields(3),
            lambda: make_dataclass('Bad2', [('a', int, field(default=1)), ('b', int)])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

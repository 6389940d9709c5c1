# Errors raised while defining, making and replacing dataclasses.
import dataclasses
from dataclasses import dataclass, field, InitVar, replace, KW_ONLY
@dataclass
class A:
    x: int
    scale: InitVar[int]
    def __post_init__(self, scale): self.x *= scale
a = A(2, 3); print(a)
try: replace(a, x=1)
except ValueError as e: print('ValueError', e)
print(replace(a, x=1, scale=10))
try:
    @dataclass
    class B:
        x: int = field(default=1, init=False, kw_only=True)
        _: KW_ONLY
        __: KW_ONLY
except TypeError as e: print('TypeError', e)
try:
    @dataclass(order=True, eq=False)
    class C: x: int
except ValueError as e: print('ValueError', e)
try:
    @dataclass(frozen=True)
    class D:
        x: int
        def __setattr__(self, k, v): pass
except TypeError as e: print('TypeError', e)
try:
    @dataclass(order=True)
    class E:
        x: int
        def __lt__(self, o): return True
except TypeError as e: print('TypeError', e)
try:
    @dataclass
    class F:
        x: int = field(default_factory=list, default=1)
except ValueError as e: print('ValueError', e)
try:
    @dataclass
    class G:
        d: dict = {}
except ValueError as e: print('ValueError', e)
try:
    @dataclass
    class H:
        s: set = set()
except ValueError as e: print('ValueError', e)
@dataclass
class I:
    t: tuple = ()
    f: frozenset = frozenset()
print(I())
try:
    dataclasses.make_dataclass('J', ['a', ('b', int), ('c', int, field(default=1)), ('d', int, 1, 2)])
except TypeError as e: print('TypeError', e)
try:
    dataclasses.make_dataclass('K', ['class'])
except TypeError as e: print('TypeError', e)
try:
    dataclasses.make_dataclass('K', [1])
except TypeError as e: print('TypeError', e)
K = dataclasses.make_dataclass("K", ["a", ("b", int, 5)], bases=(I,), order=True)
print(K(1), K(1) < K(2), K.__mro__, dataclasses.fields(K)[0].type)
@dataclass
class L:
    items: list[int] = field(default_factory=list)
    def add(self, x): self.items.append(x); return self
print(L().add(1).add(2), L(), dataclasses.is_dataclass(L()), dataclasses.fields(L())[0].name)
try:
    L(1, 2)
except TypeError as e: print('TypeError', e)
try:
    L(items=[], extra=1)
except TypeError as e: print('TypeError', e)
try:
    A()
except TypeError as e: print('TypeError', e)
try:
    A(1)
except TypeError as e: print('TypeError', e)

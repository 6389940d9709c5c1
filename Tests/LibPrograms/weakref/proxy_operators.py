# weakref.proxy forwards operators (unwrapping proxy operands), reports its
# referent's class, and is a CallableProxyType only for callables.
import weakref
def t(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, str) else r)
    except Exception as e:
        print(type(e).__name__, e)
class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __add__(self, o): return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    def __hash__(self): return hash(tuple(self.xs))
    def __iter__(self): return iter(self.xs)
    def __contains__(self, x): return x in self.xs
    def __call__(self, k): return self.xs[k] * 10
    def __str__(self): return f'Vec{tuple(self.xs)}'
    def __bool__(self): return bool(self.xs)
    def __lt__(self, o): return self.xs < o.xs
v = Vec(1, 2, 3)
p = weakref.proxy(v)
t(lambda: len(p)); t(lambda: p[1]); t(lambda: p.__setitem__(0, 9)); t(lambda: v.xs); t(lambda: (p + Vec(1, 1, 1)).xs); t(lambda: p == v); t(lambda: list(p)); t(lambda: 2 in p); t(lambda: p(1)); t(lambda: str(p)); t(lambda: bool(p)); t(lambda: p < Vec(10))
t(lambda: type(p).__name__); t(lambda: isinstance(p, Vec)); t(lambda: p.__class__.__name__); t(lambda: callable(p)); t(lambda: weakref.getweakrefcount(v))
del v
t(lambda: len(p)); t(lambda: str(p)); t(lambda: p.xs)
class Plain:
    pass
q = Plain()
pq = weakref.proxy(q)
print(type(pq).__name__, callable(pq), isinstance(pq, Plain), pq.__class__ is Plain, -weakref.proxy(Vec2 := type('N', (), {'__neg__': lambda s: 'neg'}))() if False else 'ok')

# Signatures are hashable; keyword-only parameters compare regardless of
# order; unhashable defaults make the hash fail as in CPython.
import inspect


def f(a, b=1, *, c, d=2):
    pass


def g(a, b=1, *, d=2, c):
    pass


def h(a, b=[1]):
    pass


def k(b, a=1, *, c, d=2):
    pass


s1, s2 = inspect.signature(f), inspect.signature(g)
print(s1, s2)
print(s1 == s2, hash(s1) == hash(s2), s1 != s2, {s1: 'f'}[s2])
print(s1 == inspect.signature(k), s1 == 'sig')
try:
    hash(inspect.signature(h))
except TypeError as e:
    print('TypeError', e)
p = s1.parameters['a']
print(hash(p) == hash(inspect.Parameter('a', inspect.Parameter.POSITIONAL_OR_KEYWORD)),
      p == s2.parameters['a'])
print(inspect.signature(lambda x, y: 0) == inspect.signature(lambda y, x: 0))
print(len({inspect.signature(f), inspect.signature(g), inspect.signature(lambda: 0)}))
cache = {inspect.signature(fn): fn.__name__ for fn in (f, g, k)}
print(sorted(cache.values()))

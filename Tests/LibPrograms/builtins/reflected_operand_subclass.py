# Binary operators with a subclass operand that defines the reflected
# method: tried first when the subclass overrides it (CPython's
# method_is_overloaded), or when the left type's own slot would not take
# the right operand (int - float subclass, int * str subclass); divmod
# and comparisons follow the same rules.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class F(float):
    def __rsub__(self, o): return ('F.rsub', o)
    def __radd__(self, o): return ('F.radd', o)
    def __rmul__(self, o): return ('F.rmul', o)
    def __rtruediv__(self, o): return ('F.rtruediv', o)
    def __rpow__(self, o, m=None): return ('F.rpow', o)
    def __rfloordiv__(self, o): return ('F.rfloordiv', o)
    def __rmod__(self, o): return ('F.rmod', o)
    def __rdivmod__(self, o): return ('F.rdivmod', o)
t(lambda: (1 - F(2), 1 + F(2), 2 * F(3), 1 / F(2), 2 ** F(2), 3 // F(2), 3 % F(2), divmod(3, F(2))))
t(lambda: (1.5 - F(2), 1.5 + F(2), 1.5 * F(2), 1.5 / F(2), 1.5 ** F(2), 1.5 // F(2), 1.5 % F(2), divmod(1.5, F(2))))
t(lambda: (True - F(2), pow(2, F(3)), 10**30 - F(1), 1j - F(1), 1j * F(2)))
class I(int):
    def __rsub__(self, o): return ('I.rsub', o)
    def __radd__(self, o): return ('I.radd', o)
    def __rlshift__(self, o): return ('I.rlshift', o)
    def __rand__(self, o): return ('I.rand', o)
    def __ror__(self, o): return ('I.ror', o)
    def __rxor__(self, o): return ('I.rxor', o)
    def __rrshift__(self, o): return ('I.rrshift', o)
    def __rmatmul__(self, o): return ('I.rmatmul', o)
    def __rmul__(self, o): return ('I.rmul', o)
t(lambda: (1 - I(2), 1 + I(2), 1 << I(2), 1 & I(2), 1 | I(2), 1 ^ I(2), 8 >> I(1)))
t(lambda: (1.5 - I(2), True - I(2), True & I(3), [1] * I(2), 'ab' * I(2), (1,) * I(2), I(2) * [1]))
t(lambda: 1 @ I(2))
class B(I): pass
t(lambda: (1 - B(2), I(1) - B(2), B(1) - I(2)))
class B2(I):
    def __rsub__(self, o): return ('B2.rsub', o)
t(lambda: (I(1) - B2(2), B2(1) - I(1)))
class C(complex):
    def __rsub__(self, o): return ('C.rsub', o)
    def __rmul__(self, o): return ('C.rmul', o)
t(lambda: (1 - C(2), 1j * C(2), 2.0 - C(1), F(1) - C(1)))
class S(str):
    def __radd__(self, o): return ('S.radd', o)
    def __rmul__(self, o): return ('S.rmul', o)
    def __rmod__(self, o): return ('S.rmod', o)
t(lambda: ('a' + S('b'), 3 * S('b'), 'x%s' % S('y')))
class S2(str):
    def __radd__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
t(lambda: ('a' + S2('b'), 3 * S2('b')))
class L(list):
    def __radd__(self, o): return ('L.radd', o)
    def __rmul__(self, o): return ('L.rmul', o)
t(lambda: ([1] + L([2]), 2 * L([1]), [1] * 2))
class T(tuple):
    def __radd__(self, o): return ('T.radd', o)
t(lambda: (1,) + T((2,)))
class Fz(frozenset):
    def __ror__(self, o): return ('Fz.ror', o)
    def __rsub__(self, o): return ('Fz.rsub', o)
t(lambda: ({1} | Fz({2}), frozenset({1}) - Fz({2})))
class D(dict):
    def __ror__(self, o): return ('D.ror', o)
t(lambda: {1: 2} | D(a=1))
class F2(float): pass
t(lambda: (1 - F2(2), type(1 - F2(2))))
class F3(float):
    def __rsub__(self, o): return NotImplemented
t(lambda: 1 - F3(2))
t(lambda: 1.0 - F3(2))
class I2(int):
    def __rsub__(self, o): return NotImplemented
t(lambda: (1 - I2(2), type(1 - I2(2))))
t(lambda: (I2(1) - F(2)))
class I3(int):
    def __gt__(self, o): return 'I3.gt'
    def __lt__(self, o): return 'I3.lt'
    def __eq__(self, o): return 'I3.eq'
t(lambda: (1 < I3(2), 1 > I3(2), 1 == I3(1)))
class F4(float):
    def __lt__(self, o): return 'F4.lt'
    def __gt__(self, o): return 'F4.gt'
    def __sub__(self, o): return 'F4.sub'
t(lambda: (1 < F4(2), 1.0 < F4(2), 1 - F4(2), F4(1) - 1))
x = 1; x -= F(2); print(x)
x = 1.0; x *= F(2); print(x)
x = [1]; x += L([2]); print(x)
class X:
    def __radd__(self, o): return ('X.radd', o)
    def __iter__(self): return iter([5])
x = [1]; x += X(); print(x)
class Y:
    def __radd__(self, o): return NotImplemented
    def __iter__(self): return iter([5])
x = [1]; x += Y(); print(x)
t(lambda: [1] + Y())

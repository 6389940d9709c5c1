# Iteration of classes with __getitem__: the sequence protocol (0, 1, ...
# until IndexError/StopIteration) only when no class of the MRO has
# __iter__; a list/dict/str/tuple subclass overriding __getitem__ alone
# iterates as its base. reversed() over __getitem__/__len__.
class D(dict):
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
d = D(a=1)
print(list(iter(d)))
class L(list):
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return 'x%d' % i
l = L([1,2,3,4])
print(list(l), [x for x in l])
class S:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i*i
print(list(S()), 9 in S(), 5 in S())
it = iter(S())
print(type(it).__name__, next(it))
class T:
    def __getitem__(self, i):
        if i > 2: raise StopIteration
        return i
print(list(T()))
class R:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
print(list(reversed(R())))
try:
    reversed(S())
except TypeError as e: print(e)
class N:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(N())
except TypeError as e: print(e)
class Str(str):
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return 'q'
print(list(Str('abcdef')))
class Tup(tuple):
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return 'q'
print(list(Tup((1,2,3))))
import collections
class UL(collections.UserList): pass
print(list(UL([1,2])))
class Dq(dict):
    def __iter__(self): return iter([7, 8])
print(list(Dq(a=1)), list(Dq(a=1).keys()))
class M(type):
    def __getitem__(cls, i):
        if i > 1: raise IndexError
        return i
class WithM(metaclass=M): pass
try:
    print(list(WithM))
except TypeError as e: print(e)
class L2(list):
    def __getitem__(self, i):
        return 'z'
    __iter__ = None
try:
    print(list(L2([1])))
except TypeError as e: print(e)
class L3(list): pass
L3.__iter__ = None
class G:
    def __getitem__(self, i):
        if i == 2: raise KeyError(i)
        return i
try:
    print(list(G()))
except KeyError as e: print('KeyError', e)
it = iter(S())
print(it.__length_hint__() if hasattr(it, '__length_hint__') else 'nolh')
import operator
print(operator.length_hint(iter(S())))
print(sorted(S()), sum(S()), max(S()), tuple(S()), set(S()) == {0,1,4,9})
a, b, c, d = S()
print(a, b, c, d)
print(*S())
print(list(enumerate(S())))
print(2 in L([1,2,3]), 'x0' in L([1,2,3]))
class Stops:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i == 3: raise IndexError
        if i == 1: raise StopIteration
        return i
print(list(reversed(Stops())))
class B(bytes):
    def __getitem__(self, i): return 'never'
print(list(B(b'ab')), list(bytes.__iter__(B(b'xy'))), list(range.__iter__(range(3))))
class DictDefault(dict):
    def __getitem__(self, k):
        return self.get(k, 0)
dd = DictDefault(a=1, b=2)
print(list(dd), [k for k in dd], dd['zz'])

# Core-protocol details real programs hit: __index__ in subscripts and
# sequence repetition, bool's own & | ^, recursive tuple reprs, slot member
# descriptors, add_note's checks, ** merged with named keywords, item
# deletion wording.
class Idx:
    def __index__(self): return 2
print([1, 2, 3, 4][Idx()], (5, 6, 7)[Idx()], 'abcd'[Idx()], range(10)[Idx()])
print('ab' * Idx(), Idx() * [0], (1,) * Idx())
x = [1, 2, 3]; x *= Idx(); print(x)
print(True & False, True | False, True ^ True, False ^ True, True & 3, type(True | False).__name__)
b = True; b &= False; print(b)
t = ([],); t[0].append(t); print(t)
d = {}; d['t'] = (d,); print(d)
class S:
    __slots__ = ('a', 'b')
class T(S):
    __slots__ = ('c',)
print(S.a, T.c, T.a, type(S.a).__name__, S.a.__name__)
s = T(); s.a = 1; print(S.a.__get__(s, T))
e = ValueError('x')
try: e.add_note(3)
except TypeError as err: print(err)
e.__notes__ = 'oops'
try: e.add_note('n')
except TypeError as err: print(err)
def h(x, **kw): return x, kw
print(h(**{'x': 1}, y=2), h(x=1, **{'z': 3}, w=4))
try: h(**{'x': 1}, x=2)
except TypeError as err: print(type(err).__name__)
class NoItems: pass
for obj, key in [(NoItems(), 0), (NoItems(), 'a'), ((1,), 0), ((1,), 'a'), ('s', 0), ({1}, 0), (range(3), 0), (None, 0), (1.5, 0)]:
    try: del obj[key]
    except TypeError as err: print(err)

# Dunder methods of builtin types called explicitly, as subclasses and
# library code do (super().__getitem__, dict.__eq__(self, other), ...).
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
    def __contains__(self, key):
        return super().__contains__(key.upper())
    def __delitem__(self, key):
        super().__delitem__(key.upper())
    def __eq__(self, other):
        return dict.__eq__(self, other)
    def __repr__(self):
        return f'Upper({dict.__repr__(self)})'

u = Upper()
u['a'] = 1
u['b'] = 2
print(u, u['A'], 'a' in u, len(u), u == {'A': 1, 'B': 2})
del u['a']
print(u, dict.__len__(u), list(dict.__iter__(u)))

class Stack(list):
    def __getitem__(self, i):
        return super().__getitem__(-1 - i)
    def __len__(self):
        return super().__len__() * 1
    def __contains__(self, x):
        return super().__contains__(x)
s = Stack([1, 2, 3])
print(s[0], s[2], len(s), 2 in s, list.__getitem__(s, slice(0, 2)), list.__repr__(s))
list.__setitem__(s, 0, 10)
list.__delitem__(s, 1)
print(list.__repr__(s))

print(int.__add__(1, 2), int.__radd__(1, 2), (5).__sub__(2), int.__add__(1, 'x'), float.__mul__(1.5, 2))
print(str.__add__('a', 'b'), str.__mul__('ab', 2), str.__mod__('%d!', 3), list.__add__([1], [2]), tuple.__mul__((0,), 3))
print(int.__eq__(1, 1.0), int.__lt__(1, 2), int.__eq__(1, 'x'), str.__lt__('a', 'b'), str.__eq__('a', 1))
print(list.__eq__([1], [1]), tuple.__lt__((1,), (2,)), set.__le__({1}, {1, 2}), frozenset.__eq__(frozenset(), set()))
print(str.__len__('héllo'), tuple.__contains__((1, 2), 2), set.__contains__({1}, 1), str.__contains__('abc', 'bc'))
print(str.__getitem__('abc', -1), tuple.__getitem__((1, 2, 3), slice(1, None)), dict.__contains__({1: 2}, 1))
print(sorted([Upper(), Upper()], key=len), int.__or__(5, 2), int.__rsub__(1, 10), float.__rtruediv__(2.0, 1))

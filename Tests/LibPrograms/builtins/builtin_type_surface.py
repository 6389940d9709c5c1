# Builtin types expose exactly CPython's operator methods; type(name, bases,
# ns) hands the class to the bases' metaclass; vars() without an argument.
ops = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor']
for t in [int, float, str, list, tuple, dict, set, frozenset]:
    print(t.__name__, [o for o in ops if f'__{o}__' in t.__dict__], [o for o in ops if f'__r{o}__' in t.__dict__],
          [o for o in ops if f'__i{o}__' in t.__dict__])
print(hasattr([], '__sub__'), hasattr('', '__radd__'), callable(getattr(1.5, '__rpow__', None)))
l = [1]; print(l.__iadd__((2, 3)), l, l.__imul__(2), list.__add__([1], [2]))
s = {1, 2}; print(s.__isub__({1}), s, s.__ior__([3]), frozenset({1}).__or__({2}), set.__rsub__({1}, {1, 2}))
d = {'a': 1}; print(d.__ior__({'b': 2}), d.__or__(5), dict.__ror__({'a': 0}, {'z': 9}))
class Stack(list):
    def __iadd__(self, other):
        print('Stack.__iadd__'); return super().__iadd__(other)
st = Stack([1]); st += [2]; print(st, type(st).__name__)

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns):
        print('Registry.__init__', name)
        super().__init__(name, bases, ns)
class Plugin(metaclass=Registry): pass
Dyn = type('Dyn', (Plugin,), {'x': 1})
print(Registry.classes, type(Dyn).__name__, Dyn.x, type('Plain', (), {}).__class__.__name__)

def f():
    a, b = 1, 'two'
    return sorted(vars().items())
print(f())
try: vars(1, 2)
except TypeError as e: print(e)

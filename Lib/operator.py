"""Standard operators as functions (CPython 3.11's operator module, in Python)."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior',
           'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter',
           'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
           'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs


def lt(a, b):
    "Same as a < b."
    return a < b


def le(a, b):
    "Same as a <= b."
    return a <= b


def eq(a, b):
    "Same as a == b."
    return a == b


def ne(a, b):
    "Same as a != b."
    return a != b


def ge(a, b):
    "Same as a >= b."
    return a >= b


def gt(a, b):
    "Same as a > b."
    return a > b


def not_(a):
    "Same as not a."
    return not a


def truth(a):
    "Return True if a is true, False otherwise."
    return True if a else False


def is_(a, b):
    "Same as a is b."
    return a is b


def is_not(a, b):
    "Same as a is not b."
    return a is not b


def abs(a):
    "Same as abs(a)."
    return _abs(a)


def add(a, b):
    "Same as a + b."
    return a + b


def and_(a, b):
    "Same as a & b."
    return a & b


def floordiv(a, b):
    "Same as a // b."
    return a // b


def index(a):
    "Same as a.__index__()."
    if type(a) is int:
        return a
    if isinstance(a, int):
        return int(a)
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    return method(a)


def inv(a):
    "Same as ~a."
    return ~a


invert = inv


def lshift(a, b):
    "Same as a << b."
    return a << b


def mod(a, b):
    "Same as a % b."
    return a % b


def mul(a, b):
    "Same as a * b."
    return a * b


def matmul(a, b):
    "Same as a @ b."
    return a @ b


def neg(a):
    "Same as -a."
    return -a


def or_(a, b):
    "Same as a | b."
    return a | b


def pos(a):
    "Same as +a."
    return +a


def pow(a, b):
    "Same as a ** b."
    return a ** b


def rshift(a, b):
    "Same as a >> b."
    return a >> b


def sub(a, b):
    "Same as a - b."
    return a - b


def truediv(a, b):
    "Same as a / b."
    return a / b


def xor(a, b):
    "Same as a ^ b."
    return a ^ b


def _is_sequence_like(obj):
    return hasattr(obj, '__getitem__') and not isinstance(obj, dict)


def concat(a, b):
    "Same as a + b, for a and b sequences."
    if not hasattr(a, '__getitem__') or isinstance(a, dict):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b):
    "Same as b in a (note reversed operands)."
    return b in a


def _iterate(a):
    """iter(a) with the C implementation's message for a non-iterable."""
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None


def countOf(a, b):
    "Return the number of items in a which are, or which equal, b."
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b):
    "Same as del a[b]."
    del a[b]


def getitem(a, b):
    "Same as a[b]."
    return a[b]


def indexOf(a, b):
    "Return the first index of b in a."
    for i, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    "Same as a[b] = c."
    a[b] = c


def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError(f'__length_hint__ must be integer, not {type(val).__name__}')
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# In-place operations


def iadd(a, b):
    "Same as a += b."
    a += b
    return a


def iand(a, b):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b):
    "Same as a += b, for a and b sequences."
    if not hasattr(a, '__getitem__') or isinstance(a, dict):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b):
    "Same as a *= b."
    a *= b
    return a


def imatmul(a, b):
    "Same as a @= b."
    a @= b
    return a


def ior(a, b):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b):
    "Same as a ^= b."
    a ^= b
    return a


# Callable getters


def _one_operand(kind, args, kwargs):
    """The single positional operand of a getter call, with the C getters'
    messages for keywords and wrong counts."""
    if kwargs:
        raise TypeError(f'{kind}() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError(f'{kind} expected 1 argument, got {len(args)}')
    return args[0]


from _c_types import c_type_name as _c_type_name


@_c_type_name
class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its
    operand. Dotted names are followed (attrgetter('a.b')(x) is x.a.b)."""

    __slots__ = ('_attrs', '_call')

    def __init__(self, *names):
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        chains = [tuple(name.split('.')) for name in names]

        def fetch(obj, chain):
            for part in chain:
                obj = getattr(obj, part)
            return obj

        if len(chains) == 1:
            chain = chains[0]

            def func(obj):
                return fetch(obj, chain)
        else:
            def func(obj):
                return tuple(fetch(obj, chain) for chain in chains)
        self._call = func

    def __call__(self, *args, **kwargs):
        return self._call(_one_operand('attrgetter', args, kwargs))

    def __repr__(self):
        args = ', '.join(map(repr, self._attrs))
        return f'operator.attrgetter({args})'

    def __reduce__(self):
        return self.__class__, self._attrs


@_c_type_name
class itemgetter:
    """Return a callable object that fetches the given item(s) from its
    operand."""

    __slots__ = ('_items', '_call')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        item = items[0]
        items = items[1:]
        if not items:
            self._items = (item,)

            def func(obj):
                return obj[item]
        else:
            self._items = (item,) + items
            all_items = self._items

            def func(obj):
                return tuple(obj[i] for i in all_items)
        self._call = func

    def __call__(self, *args, **kwargs):
        return self._call(_one_operand('itemgetter', args, kwargs))

    def __repr__(self):
        args = ', '.join(map(repr, self._items))
        return f'operator.itemgetter({args})'

    def __reduce__(self):
        return self.__class__, self._items


@_c_type_name
class methodcaller:
    """Return a callable object that calls the given method on its operand
    with the given arguments."""

    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name, args = args[0], args[1:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        obj = _one_operand('methodcaller', args, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend(f'{k}={v!r}' for k, v in self._kwargs.items())
        return f"operator.methodcaller({', '.join(args)})"

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args


# The interpreter's native functions replace the Python ones above (as
# CPython's C ones do): builtins with CPython's argument errors.
try:
    from _operator import *
except ImportError:
    pass

# Dunder aliases
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor


# Functions CPython implements in C: their repr is <built-in function NAME>
# (read by the runtime's repr).
__builtin_function_names__ = tuple(name for name in __all__
                                   if name not in ('attrgetter', 'itemgetter', 'methodcaller'))
# attrgetter, itemgetter and methodcaller are C classes too: tracebacks show
# no frames of their methods (read by traceback).
__native_frame_names__ = ('__init__', '__call__')

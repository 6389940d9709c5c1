"""types.GenericAlias (`list[int]`) and types.UnionType (`int | None`).

The VM builds these for builtin classes (Sources/Runtime/Builtins/
LibrarySupport.swift): `list[int]` calls GenericAlias(list, int) and
`int | None` calls _type_or(int, None). CPython implements both in C; this is
the same behaviour in Python (reprs, equality, hashing, __origin__/__args__,
calling, isinstance refusal, | with other types).
"""

__all__ = ['GenericAlias', 'UnionType']


def type_repr(obj):
    """repr of a type argument as CPython's GenericAlias shows it."""
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        module = obj.__module__
        if module == 'builtins' or not isinstance(module, str):
            return obj.__qualname__
        return f'{module}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, list):
        return '[' + ', '.join(type_repr(a) for a in obj) + ']'
    return repr(obj)


class GenericAlias:
    """Represent a PEP 585 generic type, e.g. list[int]."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self.__unpacked__ = False

    def __repr__(self):
        if len(self.__args__) == 0:
            args = '()'
        else:
            args = ', '.join(type_repr(a) for a in self.__args__)
        star = '*' if self.__unpacked__ else ''
        return f'{star}{type_repr(self.__origin__)}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        if self.__unpacked__ != other.__unpacked__:
            return False
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __iter__(self):
        # `*tuple[int, ...]` (PEP 646): one starred copy of the alias.
        starred = GenericAlias(self.__origin__, self.__args__)
        starred.__unpacked__ = True
        yield starred

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __getitem__(self, item):
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(item, tuple):
            item = (item,)
        if len(item) != len(params):
            raise TypeError(f"Too {'many' if len(item) > len(params) else 'few'} arguments for {self!r}; "
                            f'actual {len(item)}, expected {len(params)}')
        subst = dict(zip(params, item))
        new_args = tuple(_substitute(a, subst) for a in self.__args__)
        return GenericAlias(self.__origin__, new_args)

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)


def _is_typevar(obj):
    return type(obj).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple') and \
        type(obj).__module__ == 'typing'


def _collect_parameters(args):
    params = []
    for a in args:
        if _is_typevar(a):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, subst):
    if _is_typevar(arg):
        return subst.get(arg, arg)
    params = getattr(arg, '__parameters__', None)
    if params and hasattr(arg, '__getitem__'):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


def _union_member(x):
    """x as a member of X | Y, or NotImplemented if CPython refuses it."""
    if x is None:
        return type(None)
    if isinstance(x, (type, GenericAlias, UnionType)) or _is_typevar(x):
        return x
    # typing's special forms and aliases take part too.
    if type(x).__module__ == 'typing':
        return x
    return NotImplemented


class UnionType:
    """Represent a PEP 604 union type, e.g. int | str."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        return ' | '.join(type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
        return issubclass(cls, self.__args__)

    def __getitem__(self, item):
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(item, tuple):
            item = (item,)
        subst = dict(zip(params, item))
        result = None
        for a in self.__args__:
            a = _substitute(a, subst)
            result = a if result is None else _type_or(result, a)
        return result


def _flatten(x):
    if isinstance(x, UnionType):
        return list(x.__args__)
    return [x]


def _type_or(a, b):
    """a | b for classes and aliases (NotImplemented for other operands)."""
    ma = _union_member(a)
    mb = _union_member(b)
    if ma is NotImplemented or mb is NotImplemented:
        return NotImplemented
    # typing's aliases (not classes: typing.Any is one) make a typing.Union.
    if ((type(ma).__module__ == 'typing' and not isinstance(ma, type))
            or (type(mb).__module__ == 'typing' and not isinstance(mb, type))):
        if not _is_typevar(ma) and not _is_typevar(mb):
            import typing
            return typing.Union[a, b]
    args = []
    for x in _flatten(ma) + _flatten(mb):
        if x not in args:
            args.append(x)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


GenericAlias.__module__ = 'types'
UnionType.__module__ = 'types'

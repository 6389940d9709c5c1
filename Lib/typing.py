"""Support for type hints (CPython 3.11's typing module, runtime behaviour).

The common aliases (List, Dict, Optional, Union, Callable, Awaitable...)
are subscriptable and print as CPython prints them; get_origin/get_args,
get_type_hints (string annotations are evaluated), cast, overload +
get_overloads, TYPE_CHECKING, Final, ClassVar, Literal, Annotated,
TypeVar/Generic, Protocol + runtime_checkable, NamedTuple and TypedDict
(class and functional forms), NewType, TypeAlias, Self, Never...

Differences on Interleave's VM: classes have no __mro_entries__, so
`Generic[T]`, `Protocol[T]` used as bases are the plain classes, and a
class deriving from `List[int]` is not supported; NamedTuple/TypedDict class
forms read __annotations__, which needs the compiler to record annotations.
"""

import collections
import collections.abc
import functools
import operator
import sys
import types

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
    'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast',
    'clear_overloads', 'dataclass_transform', 'final', 'get_args',
    'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False


def _type_repr(obj):
    """The repr of an object as it appears inside a typing alias."""
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Check that arg is a type, and return it (None becomes NoneType)."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    if (isinstance(arg, _GenericAlias) and
            arg.__origin__ in (ClassVar, Final) and not allow_special_forms):
        raise TypeError(f'{arg} is not valid as type argument')
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (globals().get('Generic'), globals().get('Protocol')):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


class _Final:
    """Mixin to prohibit subclassing."""

    __slots__ = ('__weakref__',)


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal, ... (a subscriptable
    marker whose subscription is computed by a function)."""

    def __init__(self, getitem, name=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


def _special_form(func):
    return _SpecialForm(func)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type.

    A class since 3.11: it can be subclassed, but not instantiated or used
    with isinstance()."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls, *args, **kwargs)


@_special_form
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def TypeAlias(self, parameters):
    """Special form for marking type aliases."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_special_form
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_special_form
def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type guard functions."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Unpack(self, parameters):
    """Type unpack operator."""
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _UnpackGenericAlias(self, (item,))


@_special_form
def Concatenate(self, parameters):
    """Used in conjunction with ParamSpec and Callable."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a '
                        'ParamSpec variable or ellipsis.')
    msg = 'Concatenate[arg, ...]: each arg must be a type.'
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


def _flatten_union(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias):
            params.extend(p.__args__)
        elif isinstance(p, types.UnionType):
            params.extend(p.__args__)
        else:
            params.append(p)
    return params


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


@_special_form
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = tuple(_deduplicate(_flatten_union(parameters)))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, parameters, name='Optional')
    return _UnionGenericAlias(self, parameters)


@_special_form
def Optional(self, parameters):
    """Optional type; Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f'{self} requires a single type.')
    return Union[arg, type(None)]


@_special_form
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    parameters = parameters[0] if len(parameters) == 1 else parameters
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    seen = []
    for p in flat:
        if not any(p == q and type(p) is type(q) for q in seen):
            seen.append(p)
    return _LiteralGenericAlias(self, tuple(seen))


class _BaseGenericAlias(_Final):
    """Shared behaviour of subscripted and unsubscripted typing aliases."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__origin__', '__args__'}:
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with'
                        ' class and instance checks')

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseGenericAlias):
    """A subscripted alias: List[int], ClassVar[int], Callable[[str], int]..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        args = _prepare_alias_paramspec(params, args)
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self};"
                            f' actual {len(args)}, expected {len(params)}')
        subst = {p: _paramspec_subst(a) if isinstance(p, ParamSpec) else
                 _type_check(a, 'Parameters to generic types must be types.') if isinstance(p, TypeVar) else a
                 for p, a in zip(params, args)}
        new_args = []
        for a in self.__args__:
            new = _substitute(a, subst)
            # A ParamSpec (or a Concatenate ending in one) replaced by a list
            # of types spreads those types over a Callable's arguments:
            # Callable[P, R][[int, str], bool].__args__ is (int, str, bool).
            if isinstance(new, tuple) and self.__origin__ is collections.abc.Callable:
                new_args.extend(new)
            else:
                new_args.append(new)
        return self.copy_with(tuple(new_args))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join([_type_repr(a) for a in self.__args__])
        else:
            args = '()'
        return f'{name}[{args}]'

    def __reduce__(self):
        return operator.getitem, (self.__origin__, self.__args__)

    def __mro_entries__(self, bases):
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self and b != self:  # CPython caches aliases
                    return ()
        return (self.__origin__,)


class _UnpackGenericAlias(_GenericAlias):
    """Unpack[Ts], shown as *Ts."""

    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def copy_with(self, args):
        return _UnpackGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _SpecialGenericAlias(_BaseGenericAlias):
    """An unsubscripted alias of a class: List, Dict, Callable, Awaitable..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f' actual {len(params)}, expected {self._nparams}')
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ is other.__origin__ and self._name == other._name
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self._name))


def _prepare_alias_paramspec(params, args):
    # CPython's ParamSpec.__typing_prepare_subst__: an alias whose only
    # parameter is a ParamSpec takes X[int, str] as X[[int, str]].
    if (len(params) == 1 and isinstance(params[0], ParamSpec)
            and not (len(args) == 1 and _is_param_expr(args[0]))):
        return (args,)
    return args


def _paramspec_subst(arg):
    # CPython's ParamSpec.__typing_subst__.
    if isinstance(arg, (list, tuple)):
        return tuple(_type_check(a, 'Expected a type.') for a in arg)
    if not _is_param_expr(arg):
        raise TypeError(f'Expected a list of types, an ellipsis, '
                        f'ParamSpec, or Concatenate. Got {arg}')
    return arg


class _ConcatenateGenericAlias(_GenericAlias):
    def copy_with(self, params):
        # Concatenate[int, P] with P replaced: a list of types gives the
        # flat tuple of all the types, another Concatenate merges into one.
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        assert self._name == 'Callable'
        args = self.__args__
        if len(args) == 2 and (args[0] is Ellipsis or _is_param_expr(args[0])):
            return super().__repr__()
        return (f'typing.Callable'
                f'[[{", ".join([_type_repr(a) for a in args[:-1]])}], '
                f'{_type_repr(args[-1])}]')

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return super().__getitem__(params)


class _CallableType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as '
                            'Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    def __getitem_inner__(self, params):
        args, result = params
        msg = 'Callable[args, result]: result must be a type.'
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_check(arg, 'Callable[[arg, ...], result]: each arg must be a type.')
                     for arg in args)
        params = args + (result,)
        return self.copy_with(params)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_value_and_type_iter(self.__args__)) == set(_value_and_type_iter(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type_iter(self.__args__)))


def _value_and_type_iter(parameters):
    return ((p, type(p)) for p in parameters)


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]"""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        new_type = params[0]
        return _AnnotatedAlias(new_type, self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(
            _type_repr(self.__origin__),
            ', '.join(repr(a) for a in self.__metadata__))

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return 'Annotated'
        return super().__getattr__(attr)


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x]."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used '
                            'with at least two arguments (a type and an '
                            'annotation).')
        msg = 'Annotated[t, ...]: t must be a type.'
        origin = _type_check(params[0], msg, allow_special_forms=True)
        metadata = tuple(params[1:])
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass {}.Annotated'.format(cls.__module__))


class _TypingEllipsis:
    """Internal placeholder for ... (ellipsis)."""


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec)) or \
        (isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec, TypeVarTuple))


def _is_unpacked_typevartuple(x):
    """Whether x is Unpack[Ts] (*Ts) for a TypeVarTuple Ts."""
    return isinstance(x, _UnpackGenericAlias) and isinstance(x.__args__[0], TypeVarTuple)


def _collect_parameters(args):
    parameters = []
    for t in args:
        if isinstance(t, type):
            continue
        if _is_typevar_like(t):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, '__parameters__', ()) or ():
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _substitute(arg, subst):
    if _is_typevar_like(arg):
        return subst.get(arg, arg)
    params = getattr(arg, '__parameters__', None)
    if params and hasattr(arg, '__getitem__') and not isinstance(arg, type):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


class _BoundVarianceMixin:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class TypeVar(_Final, _BoundVarianceMixin):
    """Type variable: T = TypeVar('T'), TypeVar('A', str, bytes),
    TypeVar('N', bound=int), covariant/contravariant flags."""

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if constraints and len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = '__main__'

    def __typing_subst__(self, arg):
        return arg

    def __reduce__(self):
        return self.__name__


class TypeVarTuple(_Final):
    """Type variable tuple."""

    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec(_Final, _BoundVarianceMixin):
    """Parameter specification variable."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = bound


import builtins as _builtins
AnyStr = TypeVar('AnyStr', getattr(_builtins, 'bytes', str), str)

# The type variables CPython's typing defines for its own generic aliases.
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
del _builtins


class Generic:
    """Abstract base class for generic types: class C(Generic[T]) (on the
    VM, Generic[T] is Generic itself when used as a base)."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            for p in params:
                if not (_is_typevar_like(p) or _is_unpacked_typevartuple(p)):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                    f'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
            if _NO_MRO_ENTRIES:
                return cls
        else:
            # CPython's _type_convert: None stands for NoneType, a string
            # for a forward reference.
            params = tuple(type(None) if p is None else ForwardRef(p) if isinstance(p, str) else p
                           for p in params)
            params = _prepare_paramspec_args(cls, params)
            _check_generic_arity(cls, params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and not getattr(cls, '_is_typeddict', False))
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        for base in cls.__dict__.get('__orig_bases__', ()):
            for p in getattr(base, '__parameters__', ()):
                if p not in tvars:
                    tvars.append(p)
        if '__orig_bases__' in cls.__dict__:
            # Generic[T1, ..., Tn] among the bases lists every type
            # variable; only one may appear.
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ', '.join(str(t) for t in tvars if t not in gvarset)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are"
                                    f" not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


def _prepare_paramspec_args(cls, params):
    """CPython's ParamSpec.__typing_prepare_subst__ for a user generic class:
    C[int, str] means C[[int, str]] when C's only parameter is a ParamSpec,
    and a list given for a ParamSpec becomes a tuple."""
    parameters = cls.__dict__.get('__parameters__', getattr(cls, '__parameters__', ()))
    for i, param in enumerate(parameters):
        if not isinstance(param, ParamSpec):
            continue
        if i >= len(params):
            raise TypeError(f'Too few arguments for {cls}')
        if len(parameters) == 1 and not _is_param_expr(params[0]):
            params = (params,)
        elif isinstance(params[i], list):
            params = (*params[:i], tuple(params[i]), *params[i + 1:])
    return params


def _check_generic_arity(cls, params):
    # CPython's checks when a user generic class is subscripted.
    parameters = cls.__dict__.get('__parameters__', getattr(cls, '__parameters__', ()))
    if not parameters:
        raise TypeError(f'{cls} is not a generic class')
    if any(isinstance(p, TypeVarTuple) for p in parameters):
        return
    if len(params) != len(parameters):
        raise TypeError(f"Too {'many' if len(params) > len(parameters) else 'few'} arguments"
                        f" for {cls}; actual {len(params)}, expected {len(parameters)}")


def _probe_mro_entries():
    """True when the VM ignores __mro_entries__ (class C(alias) fails)."""
    class _Probe:
        def __mro_entries__(self, bases):
            return (object,)
    try:
        class _Check(_Probe()):
            pass
    except TypeError:
        return True
    return False


_NO_MRO_ENTRIES = _probe_mro_entries()


_PROTO_ALLOWLIST = {
    'collections.abc': [
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
    ],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}

_SPECIAL_NAMES = {'__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                  '__init__', '__module__', '__new__', '__slots__',
                  '__subclasshook__', '__weakref__', '__class_getitem__',
                  '__parameters__', '__orig_bases__', '__protocol_attrs__',
                  '_is_protocol', '_is_runtime_protocol', '__qualname__',
                  '__init_subclass__', '__non_callable_proto_members__',
                  '__firstlineno__', '__static_attributes__', '__mro__'}


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic', 'object'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


from _abc_hooks import ABCMeta as _ABCMeta


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with'
                            ' @runtime_checkable protocols')
        if super().__instancecheck__(instance):
            return True
        if getattr(cls, '_is_protocol', False):
            for attr in _get_protocol_attrs(cls):
                try:
                    val = getattr(instance, attr)
                except AttributeError:
                    break
                if val is None and callable(getattr(cls, attr, None)):
                    break
            else:
                return True
        return False

    def __subclasscheck__(cls, other):
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with'
                            ' @runtime_checkable protocols')
        if (cls.__dict__.get('_is_protocol', False) and isinstance(other, type) and
                any(not callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with'
                                ' @runtime_checkable protocols')
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, '__annotations__', {})
                    if isinstance(annotations, dict) and attr in annotations:
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = staticmethod(_proto_hook)
        if cls.__dict__.get('_is_protocol', False):
            # A protocol's bases must be protocols too (or allowlisted ABCs).
            for base in cls.__bases__:
                if not (base in (object, Generic) or
                        base.__module__ in _PROTO_ALLOWLIST and
                        base.__name__ in _PROTO_ALLOWLIST[base.__module__] or
                        issubclass(base, Generic) and getattr(base, '_is_protocol', False)):
                    raise TypeError('Protocols can only inherit from other'
                                    ' protocols, got %r' % base)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init

    @classmethod
    def __subclasshook__(cls, other):
        return NotImplemented


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    """Reveal the inferred type of a variable (prints it to stderr)."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


_overload_registry = collections.defaultdict(list)


def _overload_key(func):
    f = getattr(func, '__func__', func)
    code = getattr(f, '__code__', None)
    return (getattr(f, '__module__', None), getattr(f, '__qualname__', None),
            getattr(code, 'co_firstlineno', None))


def overload(func):
    """Decorator for overloaded functions/methods."""
    f = getattr(func, '__func__', func)
    key = (getattr(f, '__module__', None), getattr(f, '__qualname__', None))
    _overload_registry[key].append(func)
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, '__func__', func)
    key = (getattr(f, '__module__', None), getattr(f, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator to mark an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        # The error names the subclass being defined, which only its
        # __init_subclass__ knows.
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`"
                )

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ForwardRef(_Final):
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        # `def f(*args: *Ts)` gives '*Ts', not an expression on its own.
        source = f'({arg},)[0]' if arg[0] == '*' else arg
        try:
            compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return _eval_annotation(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module_repr = ''
        if self.__forward_module__ is not None:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# String annotations are evaluated as CPython's ForwardRef does: compiled in
# eval mode (a statement or a syntax error is "Forward reference must be an
# expression") and evaluated in the annotation's namespaces.

def _eval_annotation(text, globalns, localns):
    try:
        code = compile(text, '<string>', 'eval')
    except SyntaxError:
        raise SyntaxError(f'Forward reference must be an expression -- got {text!r}') from None
    if globalns is None and localns is None:
        globalns = localns = {}
    elif globalns is None:
        globalns = localns
    elif localns is None:
        localns = globalns
    return eval(code, globalns, localns)


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        t = t._evaluate(globalns, localns)
        return type(None) if t is None else _eval_type(t, globalns, localns)
    if isinstance(t, str):
        t = _eval_annotation(t, globalns, localns)
        return type(None) if t is None else _eval_type(t, globalns, localns)
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args == t.__args__:
            return t
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(args[0], t.__metadata__)
        if isinstance(t, _UnionGenericAlias):
            return Union[args]
        return t.copy_with(args)
    if isinstance(t, types.GenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args == t.__args__:
            return t
        return types.GenericAlias(t.__origin__, args)
    if isinstance(t, types.UnionType):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        result = args[0]
        for a in args[1:]:
            result = result | a
        return result
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return t.copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (annotations evaluated, None as
    NoneType, Optional added for None defaults is not done since 3.11)."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = sys.modules.get(base.__module__) if hasattr(sys, 'modules') else None
                base_globals = getattr(module, '__dict__', {})
                if not base_globals and base.__module__ == '__main__':
                    base_globals = _main_globals()
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                continue
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
                merged = dict(base_locals)
                merged.update(base_globals)
                base_globals, base_locals = merged, {}
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (type, types.ModuleType, types.FunctionType, types.MethodType)) or callable(obj):
            return {}
        raise TypeError('{!r} is not a module, class, method, '
                        'or function.'.format(obj))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType), is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


def _main_globals():
    try:
        frame = sys._getframe(0)
        while frame is not None:
            g = frame.f_globals
            if g.get('__name__') == '__main__':
                return g
            frame = frame.f_back
    except (AttributeError, ValueError):
        pass
    return {}


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        res = tp.__args__
        if _should_unflatten_callable_args(tp, res):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _should_unflatten_callable_args(typ, args):
    return (
        typ.__origin__ is collections.abc.Callable
        and not (len(args) == 2 and _is_param_expr(args[0]))
    )


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# Aliases of the builtin and collections.abc classes.

_alias = _SpecialGenericAlias

Hashable = _alias(collections.abc.Hashable, 0)
Awaitable = _alias(collections.abc.Awaitable, 1)
Coroutine = _alias(collections.abc.Coroutine, 3)
AsyncIterable = _alias(collections.abc.AsyncIterable, 1)
AsyncIterator = _alias(collections.abc.AsyncIterator, 1)
Iterable = _alias(collections.abc.Iterable, 1)
Iterator = _alias(collections.abc.Iterator, 1)
Reversible = _alias(collections.abc.Reversible, 1)
Sized = _alias(collections.abc.Sized, 0)
Container = _alias(collections.abc.Container, 1)
Collection = _alias(collections.abc.Collection, 1)
Callable = _CallableType(collections.abc.Callable, 2)
AbstractSet = _alias(collections.abc.Set, 1, name='AbstractSet')
MutableSet = _alias(collections.abc.MutableSet, 1)
Mapping = _alias(collections.abc.Mapping, 2)
MutableMapping = _alias(collections.abc.MutableMapping, 2)
Sequence = _alias(collections.abc.Sequence, 1)
MutableSequence = _alias(collections.abc.MutableSequence, 1)
ByteString = _alias(getattr(collections.abc, 'ByteString', collections.abc.Sequence), 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(collections.abc.MappingView, 1)
KeysView = _alias(collections.abc.KeysView, 1)
ItemsView = _alias(collections.abc.ItemsView, 2)
ValuesView = _alias(collections.abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(getattr(collections, 'ChainMap', dict), 2, name='ChainMap')
Generator = _alias(collections.abc.Generator, 3)
AsyncGenerator = _alias(collections.abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')
Text = str

try:
    import contextlib as _contextlib
    ContextManager = _alias(_contextlib.AbstractContextManager, 1, name='ContextManager')
    AsyncContextManager = _alias(_contextlib.AbstractAsyncContextManager, 1, name='AsyncContextManager')
except (ImportError, AttributeError):
    ContextManager = _alias(object, 1, name='ContextManager')
    AsyncContextManager = _alias(object, 1, name='AsyncContextManager')


# The one-method protocols, as CPython defines them: runtime checkable,
# abstract, and SupportsAbs/SupportsRound generic in their return type
# (`SupportsAbs[float]`).
from abc import abstractmethod as _abstractmethod


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""

    __slots__ = ()

    @_abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""

    __slots__ = ()

    @_abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""

    __slots__ = ()

    @_abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""

    __slots__ = ()

    @_abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""

    __slots__ = ()

    @_abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""

    __slots__ = ()

    @_abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""

    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


def _pattern_alias(name):
    try:
        import re as _re
        origin = _re.Pattern if name == 'Pattern' else _re.Match
    except (ImportError, AttributeError):
        origin = object
    return _alias(origin, 1, name=name)


Pattern = _pattern_alias('Pattern')
Match = _pattern_alias('Match')


# NamedTuple


def _make_nmtuple(name, types_, module, defaults=()):
    fields = [n for n, t in types_]
    annotations = {n: _type_check(t, f'field {n} annotation must be a type')
                   for n, t in types_}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = annotations
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace',
                         '_asdict', '_source'})

# The class-body names a NamedTuple does not copy (a docstring and a nested
# class's __qualname__ are copied, as in CPython).
_special = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types_.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if Generic in bases:
            # A generic NamedTuple (3.11): CPython assigns __bases__ to
            # (tuple, Generic); rebuild the class with those bases instead,
            # so Generic's __init_subclass__ sets __parameters__.
            body = {k: v for k, v in nm_tpl.__dict__.items()
                    if k not in ('__dict__', '__weakref__')}
            body['__orig_bases__'] = ns.get('__orig_bases__', bases)
            nm_tpl = type(typename, (tuple, Generic), body)
        return nm_tpl


class _NamedTuple:
    pass


def _namedtuple_new(cls, typename=None, fields=None, /, **kwargs):
    if typename is None:
        raise TypeError("NamedTuple() missing 1 required positional argument: 'typename'")
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords'
                        ' can be provided to NamedTuple, not both')
    try:
        # Frame 1 is NamedTuple.__new__; the caller defines the module.
        module = sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        module = None
    return _make_nmtuple(typename, fields, module=module)


class _NamedTupleBaseMeta(type):
    """Metaclass of NamedTuple on the VM (no __mro_entries__): `class
    P(NamedTuple)` builds a collections.namedtuple from the annotations."""

    def __new__(mcls, typename, bases, ns, **kwargs):
        if bases == () or ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        bases = tuple(_NamedTuple if b is NamedTuple else b for b in bases)
        return NamedTupleMeta.__new__(NamedTupleMeta, typename, bases, ns)


class NamedTuple(metaclass=_NamedTupleBaseMeta):
    """Typed version of namedtuple: class form or NamedTuple('P', [('x', int)])."""

    _root = True

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        return _namedtuple_new(cls, typename, fields, **kwargs)

    @classmethod
    def __mro_entries__(cls, bases):
        return (_NamedTuple,)


# TypedDict


def _typeddict_new(cls, typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments,'
                        ' but not both')
    ns = {'__annotations__': dict(fields)}
    try:
        ns['__module__'] = sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        """Create a new typed dict class object (instances are plain dicts)."""
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        own_annotations = dict(ns.get('__annotations__', {}))
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {
            n: _type_check(tp, msg, module=ns.get('__module__'), allow_special_forms=True)
            for n, tp in own_annotations.items()
        }
        annotations = {}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            origin = get_origin(annotation_type)
            if origin is Annotated:
                annotation_args = get_args(annotation_type)
                if annotation_args:
                    annotation_type = annotation_args[0]
                    origin = get_origin(annotation_type)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(annotation_key)
            else:
                optional_keys.add(annotation_key)
        body = {k: v for k, v in ns.items() if k != '__annotations__'}
        # A generic TypedDict (3.11) keeps Generic as a base for its
        # __parameters__ and subscription.
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), body)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        tp_dict.__total__ = total
        tp_dict.__new__ = _typeddict_instance
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _typeddict_instance(cls, *args, **kwargs):
    return dict(*args, **kwargs)


class _TypedDictBaseMeta(type):
    def __new__(mcls, name, bases, ns, total=True, **kwargs):
        if ns.get('_root', False):
            return super().__new__(mcls, name, bases, ns)
        bases = tuple(b for b in bases if b is not TypedDict)
        return _TypedDictMeta(name, bases, ns, total=total)


class TypedDict(metaclass=_TypedDictBaseMeta):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""

    _root = True

    def __new__(cls, typename, fields=None, /, *, total=True, **kwargs):
        return _typeddict_new(cls, typename, fields, total=total, **kwargs)

    @classmethod
    def __mro_entries__(cls, bases):
        return (_TypedDict,)


class _TypedDict(metaclass=_TypedDictMeta):
    pass

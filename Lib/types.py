"""Names for the types of built-in objects, and types.coroutine.

Each type is taken from a sample object (`type(sample)`), so it is exactly
the VM's own type. Names whose sample the VM cannot produce are left out.

`coroutine(gen_function)` marks a generator function as an "iterable
coroutine" (CPython's CO_ITERABLE_COROUTINE code flag, 0x100): its generators
may then be awaited and may `yield from` native coroutines (conformance case
014). On Interleave the VM supplies the native helper
`_interleave.mark_iterable_coroutine(func)`, which sets that flag on the
function's code and returns None; on CPython (no `_interleave`) the code
object is replaced with one carrying the flag, as CPython's own types.py does.
"""

try:
    from _interleave import mark_iterable_coroutine as _mark_iterable_coroutine
except ImportError:
    _mark_iterable_coroutine = None

import _abc_hooks as _module_sample

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'GeneratorType',
           'CoroutineType', 'AsyncGeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'ModuleType',
           'NoneType', 'NotImplementedType', 'EllipsisType',
           'SimpleNamespace', 'coroutine', 'new_class', 'resolve_bases',
           'prepare_class', 'GenericAlias', 'DynamicClassAttribute',
           'UnionType']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_module_sample)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


def _cell_sample():
    x = None

    def inner():
        return x
    return inner.__closure__[0]


CellType = type(_cell_sample())

class mappingproxy:
    """A read-only view of a mapping (CPython's types.MappingProxyType):
    reads go to the mapping, item assignment and deletion fail."""

    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if (not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__')
                or isinstance(mapping, (list, tuple))):
            raise TypeError(f'mappingproxy() argument must be a mapping, '
                            f'not {type(mapping).__name__}')
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    __hash__ = None

    def __or__(self, other):
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")


mappingproxy.__module__ = 'builtins'
MappingProxyType = mappingproxy
if type(type.__dict__).__name__ == 'mappingproxy':
    # What Cls.__dict__ is (CPython's C type; the VM's native one).
    MappingProxyType = type(type.__dict__)

try:
    raise TypeError
except TypeError as _exc:
    _tb = getattr(_exc, '__traceback__', None)
    if _tb is not None:
        TracebackType = type(_tb)
        _frame = getattr(_tb, 'tb_frame', None)
        if _frame is not None:
            FrameType = type(_frame)
        del _frame
    del _exc, _tb
if 'FrameType' not in globals():
    import sys as _sys
    FrameType = type(_sys._getframe())
    del _sys

try:
    import _interleave as _vm
except ImportError:
    _vm = None
if _vm is not None:
    # Interleave's VM builds these Python classes for list[int] / int | str.
    from _generic_alias import GenericAlias, UnionType
else:
    GenericAlias = type(list[int])
    UnionType = type(int | str)
del _vm

try:
    WrapperDescriptorType = type(object.__init__)
    MethodWrapperType = type(object().__str__)
    MethodDescriptorType = type(str.join)
    ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
except (AttributeError, KeyError, TypeError):
    pass

del _f, _g, _c, _ag, _C, _module_sample

_namespace_repr_running = set()


from _c_types import c_type_name as _c_type_name


@_c_type_name
class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    __hash__ = None

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _namespace_repr_running:
            return f'{name}(...)'
        _namespace_repr_running.add(key)
        try:
            items = [f'{k}={v!r}' for k, v in self.__dict__.items()]
        finally:
            _namespace_repr_running.discard(key)
        return f"{name}({', '.join(items)})"

    def __getattr__(self, name):
        # CPython's message names the C type as types.SimpleNamespace.
        cls = type(self)
        shown = 'types.SimpleNamespace' if cls is SimpleNamespace else cls.__name__
        raise AttributeError(f"'{shown}' object has no attribute '{name}'", name=name, obj=self)

    def __delattr__(self, name):
        if type(self) is SimpleNamespace and name not in self.__dict__:
            raise AttributeError(f"'types.SimpleNamespace' object has no attribute '{name}'",
                                 name=name, obj=self)
        object.__delattr__(self, name)

    # Every comparison of two namespaces compares their dicts (so < raises
    # naming 'dict', as CPython's namespace_richcompare does).
    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    # CPython's type.__new__ takes __module__ from the calling frame: this
    # module, or the metaclass's when its __new__ calls type.__new__.
    ns.setdefault('__module__', __name__ if meta is type else meta.__module__)
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i+shift:i+shift+1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__ (CPython's).

    This is a descriptor, used to define attributes that act differently when
    accessed through an instance and through a class.  Instance access remains
    normal, but access to an attribute through a class will be routed to the
    class's __getattr__ method; this is done by raising AttributeError.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # next two lines make DynamicClassAttribute act the same as property
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        # support for abstract methods
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        code = func.__code__
        flags = code.co_flags
        if flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE):
            return func
        if flags & CO_GENERATOR:
            if _mark_iterable_coroutine is not None:
                _mark_iterable_coroutine(func)
            else:
                func.__code__ = code.replace(co_flags=flags | CO_ITERABLE_COROUTINE)
            return func

    # Callables that return generator-like objects get a wrapper.
    from functools import wraps
    from collections.abc import Generator, Coroutine

    @wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType:
            return coro
        if type(coro) is GeneratorType and coro.gi_code.co_flags & CO_ITERABLE_COROUTINE:
            return coro
        if isinstance(coro, Generator) and not isinstance(coro, Coroutine):
            return _GeneratorWrapper(coro)
        return coro
    return wrapped


class _GeneratorWrapper:
    """Makes a generator-like object awaitable (see coroutine())."""

    def __init__(self, gen):
        self._gw_wrapped = gen
        self._gw_isgen = type(gen) is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self._gw_wrapped.send(val)

    def throw(self, tp, *rest):
        return self._gw_wrapped.throw(tp, *rest)

    def close(self):
        return self._gw_wrapped.close()

    @property
    def gi_code(self):
        return self._gw_wrapped.gi_code

    @property
    def gi_frame(self):
        return self._gw_wrapped.gi_frame

    @property
    def gi_running(self):
        return self._gw_wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self._gw_wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self._gw_wrapped)

    def __iter__(self):
        if self._gw_isgen:
            return self._gw_wrapped
        return self

    __await__ = __iter__

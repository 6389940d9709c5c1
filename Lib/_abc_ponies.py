"""The one-method abstract base classes of collections.abc.

How isinstance() reaches these classes (metaclass ABCMeta) is described in
_abc_hooks.py. The one-trick ponies (Iterable, Awaitable, ...) recognise
classes structurally through `__subclasshook__`; the container ABCs
(Sequence, Mapping, Set, ...) recognise builtins by registration, as in
CPython. Mixin methods match CPython's. The abstract methods are CPython's:
instantiating a subclass that leaves one undefined raises its TypeError.
"""

import sys as _sys

from _abc_hooks import ABCBase, check_methods as _check_methods
from _abc_hooks import GenericAlias as _GenericAlias


def _abstract(func):
    """abc.abstractmethod (abc imports these modules, so it is spelled here)."""
    func.__isabstractmethod__ = True
    return func


class Hashable(ABCBase):
    @_abstract
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(ABCBase):
    @_abstract
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented


class Coroutine(Awaitable):
    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        """Raise GeneratorExit inside coroutine."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(ABCBase):
    @_abstract
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented


class AsyncIterator(AsyncIterable):
    @_abstract
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    async def __anext__(self):
        return await self.asend(None)

    @_abstract
    async def asend(self, value):
        raise StopAsyncIteration

    @_abstract
    async def athrow(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    async def aclose(self):
        """Raise GeneratorExit inside generator."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__',
                                  'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(ABCBase):
    @_abstract
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented


class Iterator(Iterable):
    @_abstract
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):
    @_abstract
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        """Raise GeneratorExit inside generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__',
                                  'send', 'throw', 'close')
        return NotImplemented


class Sized(ABCBase):
    @_abstract
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(ABCBase):
    @_abstract
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented


class Collection(Sized, Iterable, Container):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Callable(ABCBase):
    @_abstract
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        """`Callable[[int], str]`: a _CallableGenericAlias, as in CPython."""
        return _CallableGenericAlias(cls, item)


def _is_param_expr(obj):
    """`...`, a list, a ParamSpec or a Concatenate: what may stand for the
    arguments of a Callable."""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    if type(obj).__module__ != 'typing':
        return False
    if type(obj).__name__ in ('ParamSpec', '_ConcatenateGenericAlias'):
        return True
    # Interleave's typing builds Concatenate[...] as a plain _GenericAlias.
    typing = _sys.modules.get('typing')
    return typing is not None and getattr(obj, '__origin__', None) is getattr(typing, 'Concatenate', None)


def _callable_type_repr(obj):
    """repr of one argument of Callable[[...], R] as collections.abc shows it."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(_GenericAlias):
    """collections.abc.Callable[[arg, ...], result]: the argument list is
    flattened into __args__ (`(arg, ..., result)`) and shown again in the repr.
    """

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result].")
        t_args, t_result = args
        if isinstance(t_args, (tuple, list)):
            args = (*t_args, t_result)
        elif not _is_param_expr(t_args):
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {t_args}")
        if type(_GenericAlias.__init__).__name__ == 'function':
            # The VM's GenericAlias is a Python class set up by __init__.
            self = object.__new__(cls)
            _GenericAlias.__init__(self, origin, args)
            return self
        return super().__new__(cls, origin, args)

    def __init__(self, origin, args):
        pass  # __new__ did the work (with the flattened arguments)

    def __repr__(self):
        if len(self.__args__) == 2 and _is_param_expr(self.__args__[0]):
            return super().__repr__()
        params = ', '.join(_callable_type_repr(a) for a in self.__args__[:-1])
        return (f'collections.abc.Callable'
                f'[[{params}], {_callable_type_repr(self.__args__[-1])}]')

    def __getitem__(self, item):
        """Substitution (`Callable[P, T][[int], str]`) keeps the subclass."""
        if not isinstance(item, tuple):
            item = (item,)
        # PEP 612: with X = Callable[P, int], X[int, str] is X[[int, str]].
        if (len(self.__parameters__) == 1
                and _is_param_expr(self.__parameters__[0])
                and item and not _is_param_expr(item[0])):
            item = (item,)
        new_args = super().__getitem__(item).__args__
        if not isinstance(new_args[0], (tuple, list)):
            new_args = (new_args[:-1], new_args[-1])
        return _CallableGenericAlias(Callable, tuple(new_args))

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _CallableGenericAlias, (Callable, args)


_CallableGenericAlias.__module__ = 'collections.abc'


__all__ = ['Hashable', 'Awaitable', 'Coroutine', 'AsyncIterable',
              'AsyncIterator', 'AsyncGenerator', 'Iterable', 'Iterator',
              'Reversible', 'Generator', 'Sized', 'Container', 'Collection',
              'Callable']


def _sample_type(make):
    try:
        return type(make())
    except Exception:
        return None


def _sample_types(*makers):
    # Types of sample objects; a sample the VM cannot build is skipped.
    return [t for t in map(_sample_type, makers) if t is not None]


def _register_builtins():
    async def _coro():
        pass

    async def _agen():
        yield

    def _gen():
        yield

    class _C:
        def m(self):
            pass

    coroutine = _coro()
    Coroutine.register(type(coroutine))
    coroutine.close()
    Generator.register(type(_gen()))
    AsyncGenerator.register(type(_agen()))
    for cls in _sample_types(
            lambda: iter(b''), lambda: iter(bytearray()), lambda: iter({}.keys()),
            lambda: iter({}.values()), lambda: iter({}.items()), lambda: iter([]),
            lambda: reversed([]), lambda: iter(range(0)), lambda: iter(range(1 << 100)),
            lambda: iter(set()), lambda: iter(''), lambda: iter(()), lambda: zip(),
            lambda: map(len, ()), lambda: filter(None, ()), lambda: enumerate(())):
        Iterator.register(cls)
    for cls in _sample_types(lambda: _C, lambda: len, lambda: [].append,
                             lambda: _C().m) + [type(_gen)]:
        Callable.register(cls)


_register_builtins()
del _register_builtins

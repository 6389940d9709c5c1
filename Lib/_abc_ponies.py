"""The one-method abstract base classes of collections.abc.

How isinstance() reaches these classes (metaclass ABCMeta) is described in
_abc_hooks.py. The one-trick ponies (Iterable, Awaitable, ...) recognise
classes structurally through `__subclasshook__`; the container ABCs
(Sequence, Mapping, Set, ...) recognise builtins by registration, as in
CPython. Mixin methods match CPython's. The abstract methods are CPython's:
instantiating a subclass that leaves one undefined raises its TypeError.
"""

from _abc_hooks import ABCBase, check_methods as _check_methods


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
        return _CallableGenericAlias(cls, item)


def _is_param_expr(obj):
    """An ellipsis, a list of types, a ParamSpec or a Concatenate[...]."""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    if kind.__module__ != 'typing':
        return False
    if kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias'):
        return True
    # typing.Concatenate[...] (a _GenericAlias of the Concatenate form here)
    return getattr(getattr(obj, '__origin__', None), '_name', None) == 'Concatenate'


def _callable_type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


_GenericAlias = type(list[int])   # types.GenericAlias


class _CallableGenericAlias(_GenericAlias):
    """collections.abc.Callable[[int, str], bool]: the argument list is
    flattened into __args__ ((int, str, bool)) and shown as a list again."""

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        t_args, t_result = args
        if isinstance(t_args, (tuple, list)):
            args = (*t_args, t_result)
        elif not _is_param_expr(t_args):
            raise TypeError("Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {t_args}")
        if '__init__' in _GenericAlias.__dict__:
            # The VM's GenericAlias is a Python class set up by __init__.
            self = object.__new__(cls)
            _GenericAlias.__init__(self, origin, args)
            return self
        return super().__new__(cls, origin, args)

    def __init__(self, origin, args):
        pass   # __new__ built it

    def __repr__(self):
        if len(self.__args__) == 2 and _is_param_expr(self.__args__[0]):
            return super().__repr__()
        params = ', '.join([_callable_type_repr(a) for a in self.__args__[:-1]])
        return f'collections.abc.Callable[[{params}], {_callable_type_repr(self.__args__[-1])}]'

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _CallableGenericAlias, (Callable, args)

    def __getitem__(self, item):
        args = super().__getitem__(item).__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _CallableGenericAlias(Callable, args)


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

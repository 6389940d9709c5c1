"""Abstract base classes for containers and coroutines (collections.abc).

isinstance()/issubclass() against these classes go through class-level
`__instancecheck__`/`__subclasscheck__` hooks that the Interleave VM honours
(see _abc_hooks.py). Structural ABCs (Iterable, Awaitable, Coroutine, ...)
look for methods through the MRO's class dicts; the builtin types are also
registered below so the answer never depends on how a native type exposes its
methods.
"""

from _abc_ponies import *
from _abc_ponies import __all__ as _ponies_all
from _abc_containers import *
from _abc_containers import __all__ as _containers_all

__all__ = _ponies_all + _containers_all


def _register_builtins():
    async def _coro():
        pass

    async def _agen():
        yield

    def _gen():
        yield

    coroutine = _coro()
    coroutine_type = type(coroutine)
    coroutine.close()
    generator_type = type(_gen())
    agen_type = type(_agen())
    Coroutine.register(coroutine_type)
    Generator.register(generator_type)
    AsyncGenerator.register(agen_type)
    for iterator in (iter(b''), iter(bytearray()), iter({}.keys()), iter({}.values()),
                     iter({}.items()), iter([]), iter(reversed([])), iter(range(0)),
                     iter(range(1 << 100)), iter(set()), iter(''), iter(()),
                     zip(), map(len, ()), filter(None, ()), enumerate(())):
        Iterator.register(type(iterator))
    Iterable.register(type(iter([])))
    for cls in (tuple, str, range, memoryview_type()):
        if cls is not None:
            Sequence.register(cls)
    Sequence.register(bytes)
    ByteString.register(bytes)
    ByteString.register(bytearray)
    MutableSequence.register(list)
    MutableSequence.register(bytearray)
    Set.register(frozenset)
    MutableSet.register(set)
    MutableMapping.register(dict)
    KeysView.register(type({}.keys()))
    ValuesView.register(type({}.values()))
    ItemsView.register(type({}.items()))

    def _f():
        pass

    class _C:
        def m(self):
            pass

    for callable_type in (type(_f), type(len), type([].append), type, type(_C().m)):
        Callable.register(callable_type)


def memoryview_type():
    try:
        return memoryview
    except NameError:
        return None


_register_builtins()
del _register_builtins, memoryview_type

for _cls in (Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
             AsyncGenerator, Iterable, Iterator, Reversible, Generator, Sized,
             Container, Collection, Callable, Set, MutableSet, Mapping,
             MappingView, KeysView, ItemsView, ValuesView, MutableMapping,
             Sequence, ByteString, MutableSequence):
    _cls.__module__ = 'collections.abc'
del _cls

"""Abstract base classes for containers and coroutines (collections.abc).

isinstance()/issubclass() against these classes go through class-level
`__instancecheck__`/`__subclasscheck__` hooks that the Interleave VM honours
(see _abc_hooks.py). Structural ABCs (Iterable, Awaitable, Coroutine, ...)
look for methods through the MRO's class dicts; the builtin types are also
registered (at the end of _abc_ponies.py and _abc_containers.py) so the answer
never depends on how a native type exposes its methods.
"""

from _abc_ponies import *
from _abc_ponies import __all__ as _ponies_all
from _abc_containers import *
from _abc_containers import __all__ as _containers_all

__all__ = _ponies_all + _containers_all

for _cls in (Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
             AsyncGenerator, Iterable, Iterator, Reversible, Generator, Sized,
             Container, Collection, Callable, Set, MutableSet, Mapping,
             MappingView, KeysView, ItemsView, ValuesView, MutableMapping,
             Sequence, ByteString, MutableSequence):
    _cls.__module__ = 'collections.abc'
del _cls

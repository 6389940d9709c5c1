# An empty WeakSet shows as its (empty) set of references; WeakSet lives
# in _weakrefset; builtin generic types subscript to types.GenericAlias.
import types
import weakref


class Item:
    pass


ws = weakref.WeakSet()
print(repr(ws), str(ws), weakref.WeakSet.__module__)
it = Item()
ws.add(it)
print(repr(ws).startswith('{<weakref at '), len(ws))
del it
print(repr(ws), len(ws))
print(weakref.WeakSet[int], weakref.WeakKeyDictionary[str, int], weakref.ref[Item])
for cls in (enumerate, types.MappingProxyType, ExceptionGroup, BaseExceptionGroup,
            types.AsyncGeneratorType, list, tuple):
    alias = cls[int]
    print(alias, type(alias).__name__, alias.__origin__ is cls, alias.__args__)


class MyGroup(ExceptionGroup):
    pass


print(MyGroup[ValueError], list(enumerate[str](['a', 'b'])))

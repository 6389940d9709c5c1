import _collections_abc
import collections.abc

names = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
         'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
         'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
         'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
         'Sequence', 'MutableSequence', 'ByteString']
for name in names:
    print(name, getattr(_collections_abc, name) is getattr(collections.abc, name))
print(sorted(_collections_abc.__all__) == sorted(collections.abc.__all__))


class Bag(_collections_abc.MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


b = Bag()
b.update(a=1, b=2)
b.setdefault('c', 3)
print(dict(b), isinstance(b, collections.abc.Mapping), b.get('z', 0), b.pop('a'))
print(isinstance([], _collections_abc.Sequence), isinstance({}, _collections_abc.Sequence))
print(issubclass(dict, _collections_abc.MutableMapping), isinstance(iter([]), _collections_abc.Iterator))
try:
    _collections_abc.Sequence()
except TypeError as e:
    print('TypeError', e)

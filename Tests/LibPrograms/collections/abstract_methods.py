# collections.abc enforces its abstract methods, as in Fluent Python's
# Tombola / FrenchDeck2 examples: an incomplete subclass cannot be made.
import collections.abc as abc
from collections import namedtuple, UserDict, UserList, ChainMap

Card = namedtuple("Card", ["rank", "suit"])


class FrenchDeck2(abc.MutableSequence):
    ranks = [str(n) for n in range(2, 11)] + list("JQKA")
    suits = "spades diamonds clubs hearts".split()

    def __init__(self):
        self._cards = [Card(rank, suit) for suit in self.suits for rank in self.ranks]

    def __len__(self):
        return len(self._cards)

    def __getitem__(self, position):
        return self._cards[position]

    def __setitem__(self, position, value):
        self._cards[position] = value

    def __delitem__(self, position):
        del self._cards[position]

    def insert(self, position, value):
        self._cards.insert(position, value)


deck = FrenchDeck2()
print(len(deck), deck[0], deck[-1], deck.pop(), len(deck), Card("7", "hearts") in deck)
deck.append(Card("Z", "jokers"))
print(deck[-1], deck.index(Card("3", "spades")), deck.count(Card("2", "spades")))


class NoInsert(abc.MutableSequence):
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError

    def __setitem__(self, i, v):
        pass

    def __delitem__(self, i):
        pass


try:
    NoInsert()
except TypeError as e:
    print("TypeError:", e)

for base in (abc.Mapping, abc.MutableMapping, abc.Sequence, abc.Set, abc.MutableSet,
             abc.Iterator, abc.Iterable, abc.Sized, abc.Container, abc.Hashable,
             abc.Callable, abc.Awaitable, abc.Coroutine, abc.AsyncIterator,
             abc.AsyncIterable, abc.Generator, abc.AsyncGenerator, abc.Reversible,
             abc.Collection):
    cls = type("Partial" + base.__name__, (base,), {})
    try:
        cls()
        print(base.__name__, "instantiable")
    except TypeError as e:
        print(base.__name__, "->", str(e).split(" with ")[1])
    print("  abstract:", sorted(cls.__abstractmethods__))


class Evens(abc.Iterator):
    def __init__(self, n):
        self.i, self.n = 0, n

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 2
        return self.i - 2


print(list(Evens(7)), iter(Evens(1)).__class__.__name__)


class Bag(abc.MutableSet):
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)


b = Bag("abc")
b |= {"d"}
b -= {"a"}
print(sorted(b), len(b), sorted(b & Bag("bcz")), Bag("ab") <= Bag("abc"))
print(UserDict(a=1), UserList([1, 2]), ChainMap({"a": 1}), type(abc.Mapping), abc.Mapping.__module__)

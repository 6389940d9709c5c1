# weakref.ref is the type ReferenceType: its name, identity and subclasses.
import weakref


class Node:
    pass


n = Node()
r = weakref.ref(n)
print(weakref.ref, weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(type(r).__name__, type(r).__qualname__, type(r) is weakref.ref)
print(isinstance(r, weakref.ReferenceType), issubclass(weakref.WeakMethod, weakref.ref))


class Tagged(weakref.ref):
    def __init__(self, ob, tag):
        super().__init__(ob)
        self.tag = tag

    def __new__(cls, ob, tag):
        return super().__new__(cls, ob)


t = Tagged(n, 'first')
print(t.tag, t() is n, type(t).__mro__[1].__name__)

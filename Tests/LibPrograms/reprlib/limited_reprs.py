# reprlib: size-limited reprs of containers, strings and ints; recursive_repr.
import keyword, reprlib
print(keyword.iskeyword('async'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist))
print(reprlib.repr(list(range(20))), reprlib.repr('x' * 50), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))))
print(reprlib.repr(2 ** 200), reprlib.repr((1,)), reprlib.repr([[[[[[[1]]]]]]]))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f'Node({self.children})'
print(Node())

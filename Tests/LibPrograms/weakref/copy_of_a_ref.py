# copy.copy and copy.deepcopy return a weak reference itself (copy's
# dispatch tables hold weakref.ref among the immutable types).
import copy
import weakref


class Node:
    def __init__(self, name):
        self.name = name


n = Node('a')
r = weakref.ref(n)
print(copy.copy(r) is r, copy.deepcopy(r) is r)
holder = {'ref': r, 'items': [r]}
dup = copy.deepcopy(holder)
print(dup['ref'] is r, dup['items'][0] is r, dup['items'] is not holder['items'])
print(dup['ref']().name)
del n
print(dup['ref']() is None)

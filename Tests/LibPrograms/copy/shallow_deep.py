# copy.copy / copy.deepcopy: builtin containers, shared and recursive
# references, __copy__/__deepcopy__, __getstate__/__setstate__, slots.
import copy


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []

    def __repr__(self):
        return f'Node({self.name}, {self.children})'


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('  __copy__ called')
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print('  __deepcopy__ called, memo is dict:', isinstance(memo, dict))
        return Custom(self.v + 100)


class Stateful:
    def __init__(self):
        self.a, self.cache = 1, {'big': 1}

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x, self.y = [1], 2


shared = [1, 2]
data = {'a': shared, 'b': shared, 't': (shared, 3), 's': {1, 2}, 'f': frozenset([3])}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
print(shallow == data, shallow is data, shallow['a'] is shared)
print(deep == data, deep['a'] is shared, deep['a'] is deep['b'], deep['t'][0] is deep['a'])
print(copy.deepcopy((1, 'x')) == (1, 'x'), copy.copy(data['f']) is data['f'])
loop = [1]
loop.append(loop)
c = copy.deepcopy(loop)
print(c[1] is c, c[1] is not loop)
tree = Node('root', [Node('a'), Node('b', [Node('c')])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].name = 'changed'
print(tree, t2)
t3 = copy.copy(tree)
print(t3 is tree, t3.children is tree.children)
x = Custom(1)
print(copy.copy(x).v)
print(copy.deepcopy([x])[0].v)
s = copy.deepcopy(Stateful())
print(s.a, s.cache)
sl = copy.deepcopy(Slotted())
print(sl.x, sl.y)
sl2 = copy.copy(Slotted())
print(sl2.x, sl2.y)
print(copy.copy(3), copy.deepcopy('str'), copy.copy(None), copy.deepcopy(len) is len, copy.copy(int) is int)
memo = {}
v = copy.deepcopy([shared, shared], memo)
print(v[0] is v[1], id(shared) in memo)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)

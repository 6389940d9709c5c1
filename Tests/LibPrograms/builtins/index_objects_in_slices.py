# Objects with __index__ as slice bounds of lists, tuples and strings.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = list(range(10))
print(l[I(2):I(8):I(2)], (1, 2, 3)[I(1):], 'hello'[:I(-1)], l[I(-3):])
l[I(0):I(2)] = ['a']; print(l)
del l[I(0):I(3)]; print(l)
print(range(10)[I(2):I(5)], l[I(1)], 'ab'[I(0)])

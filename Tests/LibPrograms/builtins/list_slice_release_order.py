# Items removed from a list are released in CPython's order (observable
# through __del__): slice deletion and slice assignment last to first,
# extended-slice deletion first to last, l *= 0 and clear() last to first.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
l = [D(i) for i in range(6)]
del l[1:4]
print('--')
l = [D(i) for i in range(6)]
del l[::2]
print('--')
l = [D(i) for i in range(6)]
l[1:3] = []
print('--')
l = [D(i) for i in range(4)]
l.clear()
print('--')
l = [D(i) for i in range(4)]
l[:] = [1]
print('--')
l = [D(i) for i in range(4)]
del l
print('--')
l = [D(i) for i in range(5)]
del l[::-2]
print('--')
l = [D(i) for i in range(4)]
l[0:4:2] = [7, 8]
print('--')
l = [D(i) for i in range(4)]
l.pop(); print('after pop')
d = {i: D(i) for i in range(3)}
d.clear()
print('--')
d = {i: D(i) for i in range(3)}
del d
print('--')
t = tuple(D(i) for i in range(3))
del t
print('--')
l = [D(i) for i in range(4)]
l *= 0
print('end')

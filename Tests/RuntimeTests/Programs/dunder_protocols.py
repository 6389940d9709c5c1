class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __repr__(self): return f'V({self.x}, {self.y})'
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __neg__(self): return V(-self.x, -self.y)
print(V(1, 2) + V(3, 4), V(1, 2) * 3, 2 * V(1, 1), -V(1, 2))
print(V(1, 2) == V(1, 2), V(1, 2) != V(1, 3), abs(V(3, 4)), bool(V(0, 0)))
print(sorted([V(2, 1), V(1, 5), V(1, 2)]), len({V(1, 1), V(1, 1)}))
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
    def __contains__(self, x): return x == 'magic'
print(len(Seq(4)), list(Seq(4)), 'magic' in Seq(1), 3 in Seq(1), bool(Seq(0)))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()))
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2))
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return True
with Ctx() as c:
    raise KeyError('suppressed')
print('after with')
class NoEq: pass
a = NoEq()
print(a == a, a == NoEq(), a != NoEq())
try:
    V(1, 2) < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
try:
    1 < 'a'
except TypeError as e:
    print(e)

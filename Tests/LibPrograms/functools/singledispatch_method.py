# functools.singledispatchmethod and singledispatch on classes (registered with register(cls)).
from functools import singledispatchmethod, singledispatch
class Fmt:
    @singledispatchmethod
    def show(self, x):
        return f'obj {x!r}'
    @show.register(int)
    def _(self, x):
        return f'int {x}'
    @show.register(list)
    def _(self, x):
        return f'list of {len(x)}'
f = Fmt()
print(f.show(3), f.show([1, 2]), f.show('s'))
@singledispatch
def kind(x): return 'thing'
kind.register(type)(lambda x: 'class')
print(kind(int), kind(3))

# copy/deepcopy rebuild objects whose __new__ needs keyword arguments
# through __getnewargs_ex__ (copyreg.__newobj_ex__), deep-copying them.
import copy


class Account:
    def __new__(cls, owner, *, limits):
        self = super().__new__(cls)
        self.owner = owner
        self.limits = limits
        return self

    def __getnewargs_ex__(self):
        return (self.owner,), {'limits': self.limits}

    def __repr__(self):
        return f'Account({self.owner!r}, limits={self.limits})'


a = Account('ann', limits=[100, 200])
a.note = 'vip'
b = copy.deepcopy(a)
b.limits.append(300)
c = copy.copy(a)
print(a, b, c, c.limits is a.limits, b.note, vars(c))


class Point:
    def __new__(cls, x, y):
        self = super().__new__(cls)
        self.xy = (x, y)
        return self

    def __getnewargs__(self):
        return self.xy


print(copy.deepcopy(Point(1, 2)).xy)
try:
    class Broken:
        def __new__(cls, needed):
            return super().__new__(cls)
    copy.copy(Broken(1))
except TypeError as e:
    print('TypeError', e)

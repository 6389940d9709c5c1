# copy/deepcopy of int, str, tuple and float subclasses keep value, type and attributes
import copy
class I(int): pass
class S(str): pass
class T(tuple): pass
class F(float): pass
for v in [I(5), S("ab"), T((1, 2)), F(2.5)]:
    v.tag = "x" if not isinstance(v, tuple) else None
for v in [I(5), S("ab"), T((1, 2)), F(2.5), 3j]:
    c, d = copy.copy(v), copy.deepcopy(v)
    print(type(c).__name__, c, type(d).__name__, d)
i = I(7); i.tag = "t"
print(copy.copy(i).tag, copy.deepcopy(i).tag)

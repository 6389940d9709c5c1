# Containers that hold themselves print ... instead of recursing.
from collections import deque, OrderedDict, defaultdict, ChainMap, UserDict, UserList, Counter, namedtuple
d = deque([1]); d.append(d); print(d)
od = OrderedDict(a=1); od['self'] = od; print(od)
dd = defaultdict(list); dd['a'] = dd; print(dd)
cm = ChainMap({}); cm.maps[0]['x'] = cm; print(cm)
ud = UserDict(a=1); ud['me'] = ud; print(ud)
ul = UserList([1]); ul.append(ul); print(ul)
P = namedtuple('P', 'x'); l = []; p = P(l); l.append(p); print(p)
c = Counter(); print(repr(c))

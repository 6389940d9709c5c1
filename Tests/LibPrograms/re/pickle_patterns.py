# A compiled pattern pickles as a call to re._compile with its pattern and
# flags (so it unpickles equal); a match object cannot be pickled.
import copy
import pickle
import re

for p in (re.compile(r'a(b)c', re.I), re.compile(rb'\d+'), re.compile(r'(?P<w>\w+)', re.M | re.X)):
    q = pickle.loads(pickle.dumps(p))
    print(q, q == p, q.flags == p.flags, q.groupindex == p.groupindex, copy.copy(p) is p, copy.deepcopy(p) is p)
    print(q.search('xx ABC 12' if isinstance(p.pattern, str) else b'xx 12'))
m = re.search(r'(\d)', 'a1')
for action in (lambda: pickle.dumps(m), lambda: pickle.dumps([1, m])):
    try:
        action()
    except TypeError as e:
        print('TypeError:', e)
print(copy.copy(m) is m, copy.deepcopy(m) is m)

# Pattern.groupindex is a read-only mappingproxy.
import re

p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)')
print(type(p.groupindex).__name__, p.groupindex, dict(p.groupindex))
print(p.groupindex['val'], list(p.groupindex.items()), 'key' in p.groupindex, len(p.groupindex))
try:
    p.groupindex['x'] = 3
except TypeError as e:
    print('TypeError:', e)
print(re.compile('(a)(b)').groupindex)
m = p.search('a=1 b=22')
print(m.groupdict(), m.lastgroup)

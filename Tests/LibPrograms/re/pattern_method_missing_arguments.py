# Pattern methods are C methods in CPython: a missing argument is reported
# with its position; re.escape decodes a non-str as latin-1.
import re

p = re.compile(r'(\d+)')
calls = {
    'search': lambda: p.search(), 'match': lambda: p.match(), 'fullmatch': lambda: p.fullmatch(),
    'findall': lambda: p.findall(), 'finditer': lambda: p.finditer(), 'split': lambda: p.split(),
    'sub/0': lambda: p.sub(), 'sub/1': lambda: p.sub('x'), 'subn/1': lambda: p.subn(r'<\1>'),
    'scanner': lambda: p.scanner(),
}
for name, call in calls.items():
    try:
        call()
    except TypeError as e:
        print(name, 'TypeError:', e)
print(p.sub(repl='#', string='a1b22'), p.subn(r'<\1>', 'a1b22', count=1), p.split(string='a1b2c'))
print(p.search('x42y', pos=2), p.findall('1 2 3', 2), list(p.finditer(string='7 8')))
for value in (3, None, 2.5):
    try:
        re.escape(value)
    except TypeError as e:
        print('escape', type(value).__name__, 'TypeError:', e)
print(re.escape(b'a.b'), re.escape(bytearray(b'x*')), re.escape('1+1'))

# reprs of re objects: a match shows at most 50 characters of its text's
# repr (CPython's %.50R), a pattern at most 200 characters of its source.
import re

print(re.match('a+', 'a' * 100))
print(re.match('.+', 'é' * 60 + "'\"\n"))
print(re.search(r'\w+', 'x' * 49 + 'yz'))
print(re.match('', 'abc'))
print(re.compile('x' * 300))
print(re.compile(b'ab\x00'), re.compile('a', re.I | re.M), re.compile(r'\d+\s"q"'))
print(re.match(b'a+', b'aaa'), re.fullmatch(r'(?P<n>\d+)', '42'))
print(format(1, ' '), end=' ')
try:
    format('text', ' ')
except ValueError as e:
    print(e)
